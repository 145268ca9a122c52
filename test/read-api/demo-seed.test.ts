// The demo data behaves like data made through the API: the renewal awaiting
// payment renews what the service holds from its expiry, paying it leaves no
// stray extension, and a renewal cart opens checkout-able as prefilled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createTestApp, type TestApp } from '../support/app.js';
import { DEMO_PASSWORD, seedDemo } from '../../src/seed/demo.js';
import { registerPayment } from '../../src/modules/commerce/payment.service.js';
import { checkInvariants } from '../../scripts/lib/invariants.js';

const CREATE_CART = `mutation ($input: CreateCartInput!) { createCart(input: $input) { __typename
  ... on CreateCartSuccess { cart { id lines { kind module quantity minQuantity extension } } } ... on UserError { code } } }`;
const CHECKOUT = `mutation ($input: CheckoutInput!) { checkout(input: $input) { __typename ... on UserError { code message } } }`;

describe('demo data (npm start on a fresh folder)', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await createTestApp({ policy: { bytesPerGb: 128 * 1_048_576 } });
    await seedDemo(app.deps, app.now());
    const login = await app.exec('mutation ($input: LoginInput!) { login(input: $input) { ... on LoginSuccess { token } } }', {
      input: { username: '1234567@aruba.it', password: DEMO_PASSWORD },
    });
    token = (login.data as { login: { token: string } }).login.token;
  });
  afterAll(() => app.close());

  const service = (username: string) =>
    app.prisma.service.findUniqueOrThrow({ where: { username }, include: { items: true, orders: { include: { lines: true } } } });

  it('R3, R18, R23: every demo order after a first purchase was made through a cart and checkout, or is the automatic renewal', async () => {
    // given: the seeded orders (first purchases are made in the shop, outside this API)
    const orders = await app.prisma.order.findMany({ where: { type: { not: 'FIRST_PURCHASE' } }, include: { cart: true, service: true } });
    const checkouts = await app.prisma.auditLog.findMany({ where: { action: 'CHECKOUT' } });
    // when / then: each came from a checked-out cart (audited) or the lifecycle's automatic order
    expect(orders.length).toBe(4);
    for (const order of orders) {
      if (order.automatic) expect(order.cartId, order.number).toBeNull();
      else {
        expect(order.cart?.status, order.number).toBe('CHECKED_OUT');
        expect(checkouts.some((a) => a.orderId === order.id)).toBe(true);
      }
    }
    expect(orders.map((o) => [o.service.username, o.type, o.status, o.automatic]).sort()).toEqual([
      ['fe-1234567-main', 'RENEWAL', 'PAID', true],
      ['fe-1234567-main', 'STORAGE_UPGRADE', 'PAID', false],
      ['fe-1234567-shop', 'ADD_MODULES', 'CANCELLED', false],
      ['fe-1234567-shop', 'RENEWAL', 'AWAITING_PAYMENT', false],
    ]);
    // and the service they leave: renewed, then 2 GB bought with every item extended to a year from then (R20)
    const main = await service('fe-1234567-main');
    const upgrade = main.orders.find((o) => o.type === 'STORAGE_UPGRADE');
    expect(upgrade?.extendActiveServices).toBe(true);
    expect(main.expiresAt).toEqual(upgrade?.newExpiresAt);
    expect(main.items.filter((i) => i.kind === 'STORAGE').reduce((gb, i) => gb + i.quantity, 0)).toBe(2);
    expect((await checkInvariants(app.db.sql)).filter((r) => !r.ok)).toEqual([]);
  });

  it('R17: the demo renewal awaiting payment renews the base and the bought module, from the expiry', async () => {
    // given / when
    const shop = await service('fe-1234567-shop');
    const renewal = shop.orders.find((o) => o.type === 'RENEWAL' && o.status === 'AWAITING_PAYMENT');
    // then
    expect(renewal?.lines.map((l) => [l.kind, l.module]).sort()).toEqual([
      ['BASE', null],
      ['MODULE', 'WOOCOMMERCE'],
    ]);
    for (const line of renewal?.lines ?? []) expect(line.periodStart).toEqual(shop.expiresAt);
    expect(renewal?.subtotalCents).toBe(renewal?.lines.reduce((sum, l) => sum + l.amountCents, 0));
  });

  it('R18: after the demo renewal is paid, a storage-upgrade cart carries no extension of the base', async () => {
    // given: the shop's renewal paid
    const shop = await service('fe-1234567-shop');
    const renewal = shop.orders.find((o) => o.type === 'RENEWAL' && o.status === 'AWAITING_PAYMENT');
    if (!renewal) throw new Error('no demo renewal');
    const paid = await registerPayment(app.scope({ type: 'OPERATOR', operatorId: 'op', sessionId: 's' }), {
      orderNumber: renewal.number,
      amountCents: renewal.totalCents,
      reference: 'DEMO-TEST-1',
    });
    expect(paid.order.status).toBe('PAID');
    // when
    const res = await app.exec(
      CREATE_CART,
      { input: { serviceId: encodeGlobalID('Service', shop.id), purpose: 'STORAGE_UPGRADE' } },
      { token },
    );
    // then
    const cart = (res.data as { createCart: { cart: { lines: { kind: string; extension: boolean }[] } } }).createCart.cart;
    expect(cart.lines.filter((l) => l.extension && l.kind === 'BASE')).toEqual([]);
  });

  it('R10: the renewal cart of the full archive service opens at its storage minimum and checks out as prefilled', async () => {
    // given: the archive service, using more than it bought
    const archive = await service('fe-1234567-archive');
    // when
    const opened = await app.exec(
      CREATE_CART,
      { input: { serviceId: encodeGlobalID('Service', archive.id), purpose: 'RENEWAL' } },
      { token },
    );
    const cart = (opened.data as { createCart: { cart: { id: string; lines: { kind: string; quantity: number; minQuantity: number }[] } } })
      .createCart.cart;
    const checkout = await app.exec(CHECKOUT, { input: { cartId: cart.id, paymentMethod: 'BANK_TRANSFER', acceptTerms: true } }, { token });
    // then
    for (const line of cart.lines) expect(line.quantity, line.kind).toBeGreaterThanOrEqual(line.minQuantity);
    expect(cart.lines.find((l) => l.kind === 'STORAGE')?.quantity).toBeGreaterThan(0);
    expect(checkout.data).toEqual({ checkout: { __typename: 'CheckoutSuccess' } });
  });
});
