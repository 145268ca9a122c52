import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { addDays, addYears, createHolder, createOperator, createService, startOfUtcDay } from '../support/factories.js';
import { AddModule, CancelOrder, RegisterPayment, RemoveModule, SetAutoRenew, SetExtend, SetLineQuantity, SetYears } from './documents.js';
import { checkoutCart, gid, localOf, openCart, serviceState } from './helpers.js';
import { createAutoRenewOrder } from '../../src/modules/commerce/checkout.service.js';
import { chargeOrder, flushGateway, handlePaymentWebhook } from '../../src/modules/commerce/payment.service.js';
import { webhookHeaders } from '../support/webhooks.js';

describe('payments and their effects', () => {
  let app: TestApp;
  let holder: Awaited<ReturnType<typeof createHolder>>;
  let operator: Awaited<ReturnType<typeof createOperator>>;
  beforeAll(async () => {
    app = await createTestApp();
    holder = await createHolder(app.prisma);
    operator = await createOperator(app.prisma);
  });
  afterAll(() => app.close());

  const today = () => startOfUtcDay(app.now());

  async function register(
    order: { number: string; total: { amountCents: number } },
    reference = `bank-${order.number}`,
    amountCents = order.total.amountCents,
  ) {
    const res = await app.exec(
      RegisterPayment,
      { input: { orderNumber: order.number, amountCents, reference } },
      { token: operator.token },
    );
    expect(res.errors).toBeUndefined();
    return res.data?.registerPayment;
  }

  it('R25: paying a renewal moves the expiry by the years and restates storage, users and modules; dropped modules keep their expiry (R17)', async () => {
    // given: 2 extra GB, 2 seats, DOCUMENTS and PAYMENTS; the renewal lowers storage to 1, drops DOCUMENTS, adds WOOCOMMERCE, 2 years
    const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 2, seats: 2, modules: ['DOCUMENTS', 'PAYMENTS'] });
    const oldExpiry = service.expiresAt;
    const cart = await openCart(app, holder.token, service.id, 'RENEWAL');
    const storage = cart.lines.find((l) => l.kind === 'STORAGE');
    await app.exec(SetLineQuantity, { input: { cartId: cart.id, lineId: storage?.id ?? '', quantity: 1 } }, { token: holder.token });
    await app.exec(RemoveModule, { input: { cartId: cart.id, module: 'DOCUMENTS' } }, { token: holder.token });
    await app.exec(AddModule, { input: { cartId: cart.id, module: 'WOOCOMMERCE' } }, { token: holder.token });
    await app.exec(SetYears, { input: { cartId: cart.id, years: 2 } }, { token: holder.token });
    const order = await checkoutCart(app, holder.token, cart.id, 'BANK_TRANSFER');
    // when
    const paid = await register(order);
    // then
    expect(paid).toMatchObject({ __typename: 'RegisterPaymentSuccess', applied: true, order: { status: 'PAID' } });
    const newExpiry = addYears(oldExpiry, 2);
    const { service: after, items } = await serviceState(app, service.id);
    expect(after.expiresAt.getTime()).toBe(newExpiry.getTime());
    expect(after.autoRenewEnabled).toBe(false);
    const find = (kind: string, module: string | null = null) => items.filter((i) => i.kind === kind && i.module === module);
    expect(find('BASE')).toMatchObject([{ quantity: 1, expiresAt: newExpiry }]);
    expect(find('STORAGE')).toMatchObject([{ quantity: 1, expiresAt: newExpiry }]);
    expect(find('USERS')).toMatchObject([{ quantity: 2, expiresAt: newExpiry }]);
    expect(find('MODULE', 'DOCUMENTS')).toMatchObject([{ expiresAt: oldExpiry }]);
    expect(find('MODULE', 'PAYMENTS')).toMatchObject([{ expiresAt: newExpiry }]);
    expect(find('MODULE', 'WOOCOMMERCE')).toMatchObject([{ quantity: 1, startsAt: oldExpiry, expiresAt: newExpiry }]);
    const payment = await app.prisma.payment.findFirstOrThrow({ where: { orderId: localOf(order.id) } });
    expect(payment).toMatchObject({
      source: 'OPERATOR',
      status: 'SUCCEEDED',
      amountCents: order.total.amountCents,
      registeredBy: operator.operator.id,
    });
    expect(await app.prisma.auditLog.findFirst({ where: { orderId: localOf(order.id), action: 'PAYMENT_REGISTERED' } })).toMatchObject({
      actorType: 'OPERATOR',
      actorId: operator.operator.id,
      serviceId: service.id,
    });
  });

  it('R25: payment of a reactivation in the grace period restarts the expiry today', async () => {
    // given: expired 30 days ago
    const service = await createService(app.prisma, holder.account.id, { expiresInDays: -30, extraStorageGb: 1 });
    const order = await checkoutCart(app, holder.token, (await openCart(app, holder.token, service.id, 'REACTIVATION')).id);
    // when
    await register(order);
    // then
    const { service: after, items } = await serviceState(app, service.id);
    const expiry = addYears(today(), 1);
    expect(after.expiresAt.getTime()).toBe(expiry.getTime());
    expect(
      items
        .filter((i) => i.expiresAt.getTime() === expiry.getTime())
        .map((i) => i.kind)
        .sort(),
    ).toEqual(['BASE', 'STORAGE']);
    expect(items.find((i) => i.kind === 'BASE')?.startsAt.getTime()).toBe(today().getTime());
  });

  it('R20: a co-terminated storage upgrade extends every active item to the new expiry; without it only the new GB get it', async () => {
    // given: two services with 1 extra GB and one seat, expiring in 200 days
    const a = await createService(app.prisma, holder.account.id, { extraStorageGb: 1, seats: 1 });
    const b = await createService(app.prisma, holder.account.id, { extraStorageGb: 1, seats: 1 });
    const cartA = await openCart(app, holder.token, a.id, 'STORAGE_UPGRADE');
    const cartB = await openCart(app, holder.token, b.id, 'STORAGE_UPGRADE');
    await app.exec(SetExtend, { input: { cartId: cartB.id, enabled: false } }, { token: holder.token });
    const orderA = await checkoutCart(app, holder.token, cartA.id);
    const orderB = await checkoutCart(app, holder.token, cartB.id);
    // when
    await register(orderA);
    await register(orderB);
    // then: A has everything until today + 1 year, with 2 extra GB in one item
    const newExpiry = addYears(today(), 1);
    const stateA = await serviceState(app, a.id);
    expect(stateA.service.expiresAt.getTime()).toBe(newExpiry.getTime());
    expect(stateA.items.map((i) => [i.kind, i.quantity, i.expiresAt.getTime()])).toEqual([
      ['BASE', 1, newExpiry.getTime()],
      ['STORAGE', 2, newExpiry.getTime()],
      ['USERS', 1, newExpiry.getTime()],
    ]);
    // B keeps its expiry; the new GB has its own
    const stateB = await serviceState(app, b.id);
    expect(stateB.service.expiresAt.getTime()).toBe(b.expiresAt.getTime());
    expect(stateB.items.filter((i) => i.kind === 'STORAGE').map((i) => [i.quantity, i.expiresAt.getTime()])).toEqual([
      [1, b.expiresAt.getTime()],
      [1, newExpiry.getTime()],
    ]);
    expect((await app.prisma.order.findUniqueOrThrow({ where: { id: localOf(orderA.id) } })).storageGb).toBe(3);
  });

  it('R5, R25: paying the first purchase activates a pending service with what it bought', async () => {
    // given: a pending service and its first purchase order (base + 2 extra GB, 1 year)
    const service = await createService(app.prisma, holder.account.id, { pending: true, expiresInDays: 365 });
    const products = await app.prisma.product.findMany({ where: { code: { in: ['BASE_FULL', 'STORAGE_GB'] } } });
    const base = products.find((p) => p.code === 'BASE_FULL');
    const gb = products.find((p) => p.code === 'STORAGE_GB');
    if (!base || !gb) throw new Error('catalog not seeded');
    const end = addYears(today(), 1);
    const order = await app.prisma.order.create({
      data: {
        number: `FE-2026-FP${service.id.slice(-4)}`,
        accountId: holder.account.id,
        serviceId: service.id,
        type: 'FIRST_PURCHASE',
        paymentMethod: 'BANK_TRANSFER',
        years: 1,
        storageGb: 3,
        newExpiresAt: end,
        subtotalCents: 4900,
        discountCents: 0,
        vatCents: 1078,
        totalCents: 5978,
        lines: {
          create: [
            {
              productId: base.id,
              kind: 'BASE',
              quantity: 1,
              unitPriceCents: 2500,
              amountCents: 2500,
              periodStart: today(),
              periodEnd: end,
              position: 0,
            },
            {
              productId: gb.id,
              kind: 'STORAGE',
              quantity: 2,
              unitPriceCents: 1200,
              amountCents: 2400,
              periodStart: today(),
              periodEnd: end,
              position: 1,
            },
          ],
        },
      },
    });
    // when
    await register({ number: order.number, total: { amountCents: order.totalCents } });
    // then
    const { service: after, items } = await serviceState(app, service.id);
    expect(after.activatedAt?.getTime()).toBe(app.now().getTime());
    expect(after.expiresAt.getTime()).toBe(end.getTime());
    expect(items.map((i) => [i.kind, i.quantity, i.expiresAt.getTime()])).toEqual([
      ['BASE', 1, end.getTime()],
      ['STORAGE', 2, end.getTime()],
    ]);
  });

  it('R16: paid additional users are seats valid one year', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id, { expiresInDays: 30 });
    const cart = await openCart(app, holder.token, service.id, 'ADD_USERS');
    const users = cart.lines.find((l) => l.kind === 'USERS' && !l.extension);
    await app.exec(SetLineQuantity, { input: { cartId: cart.id, lineId: users?.id ?? '', quantity: 3 } }, { token: holder.token });
    await app.exec(SetExtend, { input: { cartId: cart.id, enabled: false } }, { token: holder.token });
    const order = await checkoutCart(app, holder.token, cart.id);
    // when
    await register(order);
    // then
    const { items } = await serviceState(app, service.id);
    expect(items.filter((i) => i.kind === 'USERS')).toMatchObject([{ quantity: 3, startsAt: today(), expiresAt: addYears(today(), 1) }]);
  });

  it('R25: a wrong amount, an unknown order and a repeated reference change nothing', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id);
    const order = await checkoutCart(app, holder.token, (await openCart(app, holder.token, service.id, 'ADD_USERS')).id);
    const before = await serviceState(app, service.id);
    // when
    const wrong = await register(order, 'ref-wrong', order.total.amountCents - 1);
    const unknown = await app.exec(
      RegisterPayment,
      { input: { orderNumber: 'FE-1999-000001', amountCents: 100, reference: 'x' } },
      { token: operator.token },
    );
    // then
    expect(wrong).toMatchObject({ __typename: 'AmountMismatch', expected: order.total.amountCents });
    expect(unknown.data?.registerPayment.__typename).toBe('NotFound');
    expect(await serviceState(app, service.id)).toEqual(before);
    // when: paid, then the same reference again, then another reference
    const first = await register(order, 'ref-1');
    const after = await serviceState(app, service.id);
    const repeated = await register(order, 'ref-1');
    const other = await register(order, 'ref-2');
    // then
    expect(first).toMatchObject({ applied: true });
    expect(repeated).toMatchObject({ __typename: 'RegisterPaymentSuccess', applied: false, order: { status: 'PAID' } });
    expect(other?.__typename).toBe('OrderAlreadyPaid');
    expect(await serviceState(app, service.id)).toEqual(after);
    expect(await app.prisma.payment.count({ where: { orderId: localOf(order.id) } })).toBe(1);
  });

  it('R25: 50 concurrent registrations and webhook replays of one order apply it exactly once', async () => {
    // given: a 1-year renewal
    const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 1, modules: ['DOCUMENTS'] });
    const order = await checkoutCart(app, holder.token, (await openCart(app, holder.token, service.id, 'RENEWAL')).id);
    const itemsBefore = await app.prisma.subscriptionItem.count({ where: { serviceId: service.id } });
    const body = Buffer.from(
      JSON.stringify({
        id: `evt-${order.number}`,
        type: 'payment.succeeded',
        data: {
          orderNumber: order.number,
          amountCents: order.total.amountCents,
          currency: 'EUR',
          method: 'PAYPAL',
          reference: `gw-${order.number}`,
        },
      }),
    );
    // when: 25 with the same reference, 25 with their own, and 10 deliveries of one provider event, all at once
    const [results, deliveries] = await Promise.all([
      Promise.all(Array.from({ length: 50 }, (_, i) => register(order, i % 2 === 0 ? `same-${order.number}` : `ref-${order.number}-${i}`))),
      Promise.all(
        Array.from({ length: 10 }, () =>
          handlePaymentWebhook(app.deps, body, webhookHeaders(app.deps.config.PAYMENT_WEBHOOK_SECRET, body)),
        ),
      ),
    ]);
    // then
    expect(deliveries.map((d) => d.status)).toEqual(Array.from({ length: 10 }, () => 200));
    const appliedByWebhook = deliveries.filter((d) => d.body.applied === true).length;
    const applied = results.filter((r) => r?.__typename === 'RegisterPaymentSuccess' && r.applied);
    expect(applied.length + appliedByWebhook).toBe(1);
    expect(results.filter((r) => r?.__typename !== 'RegisterPaymentSuccess' && r?.__typename !== 'OrderAlreadyPaid')).toEqual([]);
    const { service: after } = await serviceState(app, service.id);
    expect(after.expiresAt.getTime()).toBe(addYears(service.expiresAt, 1).getTime());
    expect(await app.prisma.subscriptionItem.count({ where: { serviceId: service.id } })).toBe(itemsBefore);
    expect(await app.prisma.payment.count({ where: { orderId: localOf(order.id) } })).toBe(1);
    expect(await app.prisma.auditLog.count({ where: { orderId: localOf(order.id), action: 'PAYMENT_REGISTERED' } })).toBe(1);
  });

  it('R26: an order cannot be both paid and cancelled, whatever the interleaving', async () => {
    for (let round = 0; round < 4; round++) {
      // given
      const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 1 });
      const order = await checkoutCart(app, holder.token, (await openCart(app, holder.token, service.id, 'STORAGE_UPGRADE')).id);
      const before = await serviceState(app, service.id);
      // when: cancel and register at once (order of start alternates)
      const cancel = () => app.exec(CancelOrder, { input: { orderId: order.id, confirm: true } }, { token: holder.token });
      const pay = () => register(order);
      const [c, p] = round % 2 === 0 ? await Promise.all([cancel(), pay()]) : (await Promise.all([pay(), cancel()])).reverse();
      // then: exactly one won, and the effects match the winner
      const row = await app.prisma.order.findUniqueOrThrow({ where: { id: localOf(order.id) } });
      const cancelWon = c && 'data' in c && c.data?.cancelOrder.__typename === 'CancelOrderSuccess';
      const payWon = p && typeof p === 'object' && '__typename' in p && p.__typename === 'RegisterPaymentSuccess';
      expect(cancelWon !== payWon).toBe(true);
      const after = await serviceState(app, service.id);
      if (row.status === 'PAID') {
        expect(payWon).toBe(true);
        expect(after.service.expiresAt.getTime()).toBe(addYears(today(), 1).getTime());
        expect(await app.prisma.payment.count({ where: { orderId: row.id } })).toBe(1);
      } else {
        expect(row.status).toBe('CANCELLED');
        expect(after).toEqual(before);
        expect(await app.prisma.payment.count({ where: { orderId: row.id } })).toBe(0);
      }
    }
  });

  it('R3: paid by bank transfer auto-renew is off and cannot be switched on; paid by card it is on and can be switched off', async () => {
    // given: one service paid by bank transfer, one by card
    const bank = await createService(app.prisma, holder.account.id);
    const card = await createService(app.prisma, holder.account.id);
    await register(await checkoutCart(app, holder.token, (await openCart(app, holder.token, bank.id, 'ADD_USERS')).id, 'BANK_TRANSFER'));
    await register(await checkoutCart(app, holder.token, (await openCart(app, holder.token, card.id, 'ADD_USERS')).id, 'CREDIT_CARD'));
    // when
    const onBank = await app.exec(SetAutoRenew, { input: { serviceId: gid('Service', bank.id), enabled: true } }, { token: holder.token });
    const cardState = await app.prisma.service.findUniqueOrThrow({ where: { id: card.id } });
    const offCard = await app.exec(
      SetAutoRenew,
      { input: { serviceId: gid('Service', card.id), enabled: false } },
      { token: holder.token },
    );
    const offState = await app.prisma.service.findUniqueOrThrow({ where: { id: card.id } });
    const onCard = await app.exec(SetAutoRenew, { input: { serviceId: gid('Service', card.id), enabled: true } }, { token: holder.token });
    // then
    expect(onBank.data?.setAutoRenew.__typename).toBe('AutoRenewNotAllowed');
    expect((await app.prisma.service.findUniqueOrThrow({ where: { id: bank.id } })).autoRenewEnabled).toBe(false);
    expect(cardState).toMatchObject({ autoRenewEnabled: true, autoRenewMethod: 'CREDIT_CARD' });
    expect(offCard.data?.setAutoRenew.__typename).toBe('SetAutoRenewSuccess');
    expect(offState.autoRenewEnabled).toBe(false);
    expect(onCard.data?.setAutoRenew.__typename).toBe('SetAutoRenewSuccess');
    // the payload's service answers its derived fields (its facts come with it)
    expect(offCard.data?.setAutoRenew).toMatchObject({
      service: { status: 'ACTIVE', autoRenew: false, autoRenewMethod: null, storage: { boughtGb: 1 }, userSeats: { bought: 1 } },
    });
    expect(onCard.data?.setAutoRenew).toMatchObject({ service: { autoRenew: true, autoRenewMethod: 'CREDIT_CARD' } });
    expect(await app.prisma.auditLog.count({ where: { serviceId: card.id, action: 'AUTO_RENEW_SWITCHED' } })).toBe(2);
  });

  it('R3: the automatic renewal order restates the service for one year and is charged with the previous method', async () => {
    // given: auto-renew by PayPal, 5 days to expiry, 1 extra GB and a module
    const service = await createService(app.prisma, holder.account.id, {
      expiresInDays: 5,
      autoRenew: 'PAYPAL',
      extraStorageGb: 1,
      modules: ['PAYMENTS'],
    });
    // when
    const order = await createAutoRenewOrder(app.scope(null, 'lifecycle'), { serviceId: service.id });
    const again = await createAutoRenewOrder(app.scope(null, 'lifecycle'), { serviceId: service.id });
    if (!order) throw new Error('no auto-renew order');
    await chargeOrder(app.scope(), { orderId: order.id });
    await flushGateway(app.deps);
    // then
    expect(again?.id).toBe(order.id);
    expect(order).toMatchObject({
      type: 'RENEWAL',
      automatic: true,
      paymentMethod: 'PAYPAL',
      years: 1,
      storageGb: 2,
      totalCents: Math.round((2500 + 1200 + 2000) * 1.22),
    });
    const paid = await app.prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(paid.status).toBe('PAID');
    expect((await app.prisma.service.findUniqueOrThrow({ where: { id: service.id } })).expiresAt.getTime()).toBe(
      addYears(addDays(today(), 5), 1).getTime(),
    );
  });
});
