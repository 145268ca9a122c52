import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { GB, SMALL_GB_POLICY, addUsage, createHolder, createOperator, createService } from '../support/factories.js';
import { AddModule, ApplyConvention, CancelOrder, Checkout, PayOrder, RegisterPayment, SetLineQuantity, SetYears } from './documents.js';
import { checkoutCart, gid, localOf, openCart, serviceState } from './helpers.js';

describe('checkout and orders', () => {
  let app: TestApp;
  let holder: Awaited<ReturnType<typeof createHolder>>;
  let operator: Awaited<ReturnType<typeof createOperator>>;
  beforeAll(async () => {
    app = await createTestApp({ policy: SMALL_GB_POLICY });
    holder = await createHolder(app.prisma, { email: 'titolare@example.it' });
    operator = await createOperator(app.prisma);
  });
  afterAll(() => app.close());

  it('R23: checkout without accepting the terms is refused and changes nothing', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id);
    const cart = await openCart(app, holder.token, service.id, 'RENEWAL');
    // when
    const res = await app.exec(
      Checkout,
      { input: { cartId: cart.id, paymentMethod: 'BANK_TRANSFER', acceptTerms: false } },
      { token: holder.token },
    );
    // then
    expect(res.data?.checkout).toMatchObject({ __typename: 'TermsNotAccepted', field: ['input', 'acceptTerms'] });
    expect((await app.prisma.cart.findUniqueOrThrow({ where: { id: localOf(cart.id) } })).status).toBe('OPEN');
    expect(await app.prisma.order.count({ where: { serviceId: service.id } })).toBe(0);
  });

  it('R23: checkout creates an order awaiting payment with number, lines, years, storage, expiry and totals, and locks the cart', async () => {
    // given: a 2-year renewal with 2 extra GB and the engineers' convention
    const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 2, modules: ['DOCUMENTS'] });
    const cart = await openCart(app, holder.token, service.id, 'RENEWAL');
    await app.exec(SetYears, { input: { cartId: cart.id, years: 2 } }, { token: holder.token });
    const applied = await app.exec(ApplyConvention, { input: { cartId: cart.id, code: 'INGEGNERI' } }, { token: holder.token });
    if (applied.data?.applyConventionCode.__typename !== 'ApplyConventionCodeSuccess') throw new Error('convention refused');
    const priced = applied.data.applyConventionCode.cart;
    const before = await serviceState(app, service.id);
    // when
    const order = await checkoutCart(app, holder.token, cart.id, 'BANK_TRANSFER');
    // then
    expect(order).toMatchObject({ type: 'RENEWAL', status: 'AWAITING_PAYMENT', paymentMethod: 'BANK_TRANSFER', years: 2, storageGb: 3 });
    expect(order.number).toMatch(/^FE-2026-\d{6}$/);
    expect(order.total.amountCents).toBe(priced.total.amountCents);
    const row = await app.prisma.order.findUniqueOrThrow({ where: { id: localOf(order.id) }, include: { lines: true } });
    expect(row.newExpiresAt.getTime()).toBe(new Date(priced.newExpiresAt).getTime());
    expect(row.conventionCode).toBe('INGEGNERI');
    expect(row.lines.map((l) => l.kind).sort()).toEqual(['BASE', 'MODULE', 'STORAGE']);
    // R22: money adds up to the cent
    expect(row.lines.reduce((s, l) => s + l.amountCents, 0)).toBe(row.subtotalCents);
    expect(row.subtotalCents - row.discountCents + row.vatCents).toBe(row.totalCents);
    // R25: nothing takes effect before payment
    expect(await serviceState(app, service.id)).toEqual(before);
    // the cart is locked
    expect((await app.prisma.cart.findUniqueOrThrow({ where: { id: localOf(cart.id) } })).status).toBe('CHECKED_OUT');
    const edit = await app.exec(SetYears, { input: { cartId: cart.id, years: 3 } }, { token: holder.token });
    const again = await app.exec(
      Checkout,
      { input: { cartId: cart.id, paymentMethod: 'BANK_TRANSFER', acceptTerms: true } },
      { token: holder.token },
    );
    expect(edit.data?.setCartYears.__typename).toBe('CartLocked');
    expect(again.data?.checkout.__typename).toBe('CartLocked');
    expect(await app.prisma.order.count({ where: { serviceId: service.id } })).toBe(1);
    // the audit log records the checkout
    expect(await app.prisma.auditLog.findFirst({ where: { orderId: row.id, action: 'CHECKOUT' } })).toMatchObject({
      actorType: 'HOLDER',
      actorId: holder.account.id,
      serviceId: service.id,
    });
  });

  it('R23: a retried checkout with the same idempotency key returns the same order', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id);
    const cart = await openCart(app, holder.token, service.id, 'STORAGE_UPGRADE');
    const input = { cartId: cart.id, paymentMethod: 'CREDIT_CARD' as const, acceptTerms: true, idempotencyKey: `key-${service.id}` };
    // when: five concurrent retries
    const results = await Promise.all(Array.from({ length: 5 }, () => app.exec(Checkout, { input }, { token: holder.token })));
    // then
    const ids = results.map((r) =>
      r.data?.checkout.__typename === 'CheckoutSuccess' ? r.data.checkout.order.id : r.data?.checkout.__typename,
    );
    expect(new Set(ids).size).toBe(1);
    expect(await app.prisma.order.count({ where: { serviceId: service.id } })).toBe(1);
  });

  it('R12: checkout checks the storage floor again: usage grown since the cart was edited is refused', async () => {
    // given: 3 GB bought, 1 GB used, the renewal lowered to 1 GB in all
    const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 2, usedBytes: GB });
    const cart = await openCart(app, holder.token, service.id, 'RENEWAL');
    const storage = cart.lines.find((l) => l.kind === 'STORAGE');
    await app.exec(SetLineQuantity, { input: { cartId: cart.id, lineId: storage?.id ?? '', quantity: 0 } }, { token: holder.token });
    await addUsage(app.prisma, service.id, GB / 2);
    // when
    const res = await app.exec(
      Checkout,
      { input: { cartId: cart.id, paymentMethod: 'BANK_TRANSFER', acceptTerms: true } },
      { token: holder.token },
    );
    // then
    expect(res.data?.checkout).toMatchObject({ __typename: 'QuantityBelowUsedStorage', minQuantity: 1 });
    expect((await app.prisma.cart.findUniqueOrThrow({ where: { id: localOf(cart.id) } })).status).toBe('OPEN');
    expect(await app.prisma.order.count({ where: { serviceId: service.id } })).toBe(0);
  });

  it('R18: an add-modules cart without a module cannot be checked out', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id);
    const cart = await openCart(app, holder.token, service.id, 'ADD_MODULES');
    // when
    const res = await app.exec(
      Checkout,
      { input: { cartId: cart.id, paymentMethod: 'PAYPAL', acceptTerms: true } },
      { token: holder.token },
    );
    // then
    expect(res.data?.checkout.__typename).toBe('CartIncomplete');
    expect((await app.prisma.cart.findUniqueOrThrow({ where: { id: localOf(cart.id) } })).status).toBe('OPEN');
    // and with a module it can
    await app.exec(AddModule, { input: { cartId: cart.id, module: 'ELECTRONIC_ORDERS' } }, { token: holder.token });
    const order = await checkoutCart(app, holder.token, cart.id, 'PAYPAL');
    expect(order.type).toBe('ADD_MODULES');
  });

  it('R24: bank transfer and postal slip email the order number and payment details to the reference email, in the holder language', async () => {
    // given: an Italian holder (default) and an English one
    const service = await createService(app.prisma, holder.account.id);
    const english = await createHolder(app.prisma, { email: 'owner@example.com' });
    await app.prisma.holder.update({ where: { accountId: english.account.id }, data: { locale: 'en' } });
    const englishService = await createService(app.prisma, english.account.id);
    // when
    const bank = await checkoutCart(app, holder.token, (await openCart(app, holder.token, service.id, 'ADD_USERS')).id, 'BANK_TRANSFER');
    const postal = await checkoutCart(
      app,
      english.token,
      (await openCart(app, english.token, englishService.id, 'ADD_USERS')).id,
      'POSTAL_SLIP',
    );
    const card = await checkoutCart(
      app,
      holder.token,
      (await openCart(app, holder.token, service.id, 'STORAGE_UPGRADE')).id,
      'CREDIT_CARD',
    );
    // then
    const it = await app.prisma.notification.findMany({ where: { serviceId: service.id } });
    expect(it).toHaveLength(1);
    expect(it[0]).toMatchObject({ toEmail: 'titolare@example.it', locale: 'it', kind: 'ORDER_PAYMENT_DETAILS' });
    expect(it[0]?.text).toContain(bank.number);
    expect(it[0]?.text).toContain(app.deps.config.BANK_IBAN);
    expect(it[0]?.text).toMatch(/bonifico/);
    const en = await app.prisma.notification.findFirstOrThrow({ where: { serviceId: englishService.id } });
    expect(en).toMatchObject({ toEmail: 'owner@example.com', locale: 'en' });
    expect(en.text).toContain(postal.number);
    expect(en.text).toContain(app.deps.config.POSTAL_ACCOUNT);
    expect(en.subject).toMatch(/payment details/);
    expect(card.status).toBe('AWAITING_PAYMENT');
  });

  it('R7: cancelling an order asks for an explicit confirmation', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id);
    const order = await checkoutCart(app, holder.token, (await openCart(app, holder.token, service.id, 'ADD_USERS')).id);
    // when
    const res = await app.exec(CancelOrder, { input: { orderId: order.id, confirm: false } }, { token: holder.token });
    // then
    expect(res.data?.cancelOrder).toMatchObject({ __typename: 'ConfirmationRequired', field: ['input', 'confirm'] });
    expect((await app.prisma.order.findUniqueOrThrow({ where: { id: localOf(order.id) } })).status).toBe('AWAITING_PAYMENT');
  });

  it('R26: an order is cancelled only while awaiting payment; a cancelled order is never paid', async () => {
    // given: one order to cancel, one paid
    const service = await createService(app.prisma, holder.account.id);
    const toCancel = await checkoutCart(app, holder.token, (await openCart(app, holder.token, service.id, 'ADD_USERS')).id);
    const paid = await checkoutCart(app, holder.token, (await openCart(app, holder.token, service.id, 'STORAGE_UPGRADE')).id);
    await app.exec(
      RegisterPayment,
      { input: { orderNumber: paid.number, amountCents: paid.total.amountCents, reference: `bank-${paid.number}` } },
      { token: operator.token },
    );
    const before = await serviceState(app, service.id);
    // when
    const cancelled = await app.exec(CancelOrder, { input: { orderId: toCancel.id, confirm: true } }, { token: holder.token });
    const twice = await app.exec(CancelOrder, { input: { orderId: toCancel.id, confirm: true } }, { token: holder.token });
    const paidCancel = await app.exec(CancelOrder, { input: { orderId: paid.id, confirm: true } }, { token: holder.token });
    const register = await app.exec(
      RegisterPayment,
      { input: { orderNumber: toCancel.number, amountCents: toCancel.total.amountCents, reference: `bank-${toCancel.number}` } },
      { token: operator.token },
    );
    const pay = await app.exec(PayOrder, { input: { orderId: toCancel.id } }, { token: holder.token });
    // then
    expect(cancelled.data?.cancelOrder).toMatchObject({ __typename: 'CancelOrderSuccess', order: { status: 'CANCELLED' } });
    expect(twice.data?.cancelOrder.__typename).toBe('OrderNotCancellable');
    expect(paidCancel.data?.cancelOrder.__typename).toBe('OrderNotCancellable');
    expect(register.data?.registerPayment.__typename).toBe('OrderNotPayable');
    expect(pay.data?.payOrder.__typename).toBe('OrderNotPayable');
    expect(await serviceState(app, service.id)).toEqual(before);
    expect(await app.prisma.payment.count({ where: { orderId: localOf(toCancel.id) } })).toBe(0);
    expect(await app.prisma.auditLog.count({ where: { orderId: localOf(toCancel.id), action: 'ORDER_CANCELLED' } })).toBe(1);
  });

  it('R24: paying a bank transfer order returns how to pay; another holder cannot pay or cancel it', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id);
    const order = await checkoutCart(app, holder.token, (await openCart(app, holder.token, service.id, 'ADD_USERS')).id, 'BANK_TRANSFER');
    const other = await createHolder(app.prisma);
    // when
    const pay = await app.exec(PayOrder, { input: { orderId: order.id } }, { token: holder.token });
    const foreignPay = await app.exec(PayOrder, { input: { orderId: order.id } }, { token: other.token });
    const foreignCancel = await app.exec(CancelOrder, { input: { orderId: order.id, confirm: true } }, { token: other.token });
    // then
    expect(pay.data?.payOrder).toMatchObject({ __typename: 'PayOrderSuccess', outcome: 'AWAITING_TRANSFER', reference: null });
    expect(foreignPay.data?.payOrder.__typename).toBe('NotFound');
    expect(foreignCancel.data?.cancelOrder.__typename).toBe('NotFound');
    expect((await app.prisma.order.findUniqueOrThrow({ where: { id: localOf(order.id) } })).status).toBe('AWAITING_PAYMENT');
  });

  it('the order number is unique and sequential', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id);
    // when
    const a = await checkoutCart(app, holder.token, (await openCart(app, holder.token, service.id, 'ADD_USERS')).id);
    const b = await checkoutCart(app, holder.token, (await openCart(app, holder.token, service.id, 'ADD_USERS')).id);
    // then
    expect(Number(b.number.slice(-6))).toBe(Number(a.number.slice(-6)) + 1);
    expect(gid('Order', localOf(a.id))).toBe(a.id);
  });
});
