import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { GB, SMALL_GB_POLICY, createHolder, createOperator, createService } from '../support/factories.js';
import { AddModule, CancelOrder, Checkout, CreateCart, PayOrder, RegisterPayment, SetLineQuantity, SetYears } from './documents.js';
import { checkoutCart, commerceCounts, gid, openCart } from './helpers.js';

describe('bad input never changes anything and never gets a 500', () => {
  let app: TestApp;
  let holder: Awaited<ReturnType<typeof createHolder>>;
  let other: Awaited<ReturnType<typeof createHolder>>;
  let operator: Awaited<ReturnType<typeof createOperator>>;
  let cartId: string;
  let storageLineId: string;
  let order: { id: string; number: string; total: { amountCents: number } };
  beforeAll(async () => {
    app = await createTestApp({ policy: SMALL_GB_POLICY });
    holder = await createHolder(app.prisma);
    other = await createHolder(app.prisma);
    operator = await createOperator(app.prisma);
    const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 2, usedBytes: Math.round(0.5 * GB) });
    const cart = await openCart(app, holder.token, service.id, 'RENEWAL');
    cartId = cart.id;
    storageLineId = cart.lines.find((l) => l.kind === 'STORAGE')?.id ?? '';
    order = await checkoutCart(app, holder.token, (await openCart(app, holder.token, service.id, 'ADD_USERS')).id);
  });
  afterAll(() => app.close());

  it('R12: negative, huge and non-integer quantities are refused', async () => {
    // given
    const before = await commerceCounts(app);
    // when
    const negative = await app.exec(SetLineQuantity, { input: { cartId, lineId: storageLineId, quantity: -1 } }, { token: holder.token });
    const huge = await app.exec(
      SetLineQuantity,
      { input: { cartId, lineId: storageLineId, quantity: 1_000_000 } },
      { token: holder.token },
    );
    const overflow = await app.exec(
      SetLineQuantity,
      { input: { cartId, lineId: storageLineId, quantity: 2 ** 40 } },
      { token: holder.token },
    );
    const fraction = await app.exec(SetLineQuantity, { input: { cartId, lineId: storageLineId, quantity: 1.5 } }, { token: holder.token });
    // then
    expect(negative.data?.setCartLineQuantity).toMatchObject({ __typename: 'InvalidQuantity', minQuantity: 0, maxQuantity: 1000 });
    expect(huge.data?.setCartLineQuantity).toMatchObject({ __typename: 'InvalidQuantity' });
    for (const [res, why] of [
      [
        overflow,
        'got invalid value 1099511627776 at "input.quantity"; Int cannot represent non 32-bit signed integer value: 1099511627776',
      ],
      [fraction, 'got invalid value 1.5 at "input.quantity"; Int cannot represent non-integer value: 1.5'],
    ] as const) {
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.map((e) => e.message)).toEqual([`Variable "$input" ${why}`]);
    }
    expect(await commerceCounts(app)).toEqual(before);
  });

  it('R16: zero seats in an add-users cart is refused', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id);
    const cart = await openCart(app, holder.token, service.id, 'ADD_USERS');
    const before = await commerceCounts(app);
    // when
    const zero = await app.exec(
      SetLineQuantity,
      { input: { cartId: cart.id, lineId: cart.lines[0]?.id ?? '', quantity: 0 } },
      { token: holder.token },
    );
    // then
    expect(zero.data?.setCartLineQuantity).toMatchObject({ __typename: 'InvalidQuantity', minQuantity: 1 });
    expect(await commerceCounts(app)).toEqual(before);
  });

  it('R19: years 0 and 11 are refused', async () => {
    // given
    const before = await commerceCounts(app);
    // when
    const results = await Promise.all(
      [0, 11, -3].map((years) => app.exec(SetYears, { input: { cartId, years } }, { token: holder.token })),
    );
    // then
    expect(results.map((r) => r.data?.setCartYears.__typename)).toEqual(['InvalidYears', 'InvalidYears', 'InvalidYears']);
    expect(await commerceCounts(app)).toEqual(before);
  });

  it('unknown carts, lines, orders and modules, and malformed ids, are refused', async () => {
    // given
    const before = await commerceCounts(app);
    const unknownCart = gid('Cart', 'nope');
    // when
    const results = await Promise.all([
      app.exec(SetYears, { input: { cartId: unknownCart, years: 2 } }, { token: holder.token }),
      app.exec(SetYears, { input: { cartId: 'not a global id', years: 2 } }, { token: holder.token }),
      app.exec(SetYears, { input: { cartId: gid('Order', 'x'), years: 2 } }, { token: holder.token }),
      app.exec(SetLineQuantity, { input: { cartId, lineId: 'nope', quantity: 1 } }, { token: holder.token }),
      app.exec(PayOrder, { input: { orderId: gid('Order', 'nope') } }, { token: holder.token }),
      app.exec(CancelOrder, { input: { orderId: 'garbage', confirm: true } }, { token: holder.token }),
      app.exec(CreateCart, { input: { serviceId: gid('Service', 'nope'), purpose: 'RENEWAL' } }, { token: holder.token }),
      app.exec(Checkout, { input: { cartId: unknownCart, paymentMethod: 'PAYPAL', acceptTerms: true } }, { token: holder.token }),
    ]);
    const unknownModule = await app.exec(
      'mutation { addCartModule(input: { cartId: "x", module: FOO }) { __typename } }',
      {},
      { token: holder.token },
    );
    // then
    const typenames = results.map((r) => {
      const payload: unknown = r.data ? Object.values(r.data)[0] : null;
      return payload && typeof payload === 'object' && '__typename' in payload ? payload.__typename : null;
    });
    expect(typenames).toEqual(['NotFound', 'NotFound', 'NotFound', 'NotFound', 'NotFound', 'NotFound', 'NotFound', 'NotFound']);
    expect(unknownModule.status).toBeLessThan(500);
    expect(unknownModule.errors?.map((e) => [e.extensions.code, e.message])).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', 'Value "FOO" does not exist in "ModuleCode" enum.'],
    ]);
    expect(await commerceCounts(app)).toEqual(before);
  });

  it("another account's cart and order are invisible", async () => {
    // given
    const before = await commerceCounts(app);
    // when
    const edit = await app.exec(SetYears, { input: { cartId, years: 2 } }, { token: other.token });
    const add = await app.exec(AddModule, { input: { cartId, module: 'DOCUMENTS' } }, { token: other.token });
    const buy = await app.exec(Checkout, { input: { cartId, paymentMethod: 'PAYPAL', acceptTerms: true } }, { token: other.token });
    const pay = await app.exec(PayOrder, { input: { orderId: order.id } }, { token: other.token });
    // then
    expect([
      edit.data?.setCartYears.__typename,
      add.data?.addCartModule.__typename,
      buy.data?.checkout.__typename,
      pay.data?.payOrder.__typename,
    ]).toEqual(['NotFound', 'NotFound', 'NotFound', 'NotFound']);
    expect(await commerceCounts(app)).toEqual(before);
  });

  it('only operators register payments; anonymous callers are refused', async () => {
    // given
    const before = await commerceCounts(app);
    const input = { orderNumber: order.number, amountCents: order.total.amountCents, reference: 'r-forbidden' };
    // when
    const byHolder = await app.exec(RegisterPayment, { input }, { token: holder.token });
    const anonymous = await app.exec(RegisterPayment, { input });
    const emptyRef = await app.exec(RegisterPayment, { input: { ...input, reference: '   ' } }, { token: operator.token });
    // then
    for (const res of [byHolder, anonymous]) {
      expect(res.status).toBeLessThan(500);
      expect(res.data?.registerPayment ?? null).toBeNull();
    }
    expect(byHolder.status).toBe(200);
    expect(byHolder.errors).toEqual([
      expect.objectContaining({
        message: 'Not authorized to resolve Mutation.registerPayment',
        path: ['registerPayment'],
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors).toEqual([
      expect.objectContaining({
        message: 'Sign in to use Mutation.registerPayment',
        path: ['registerPayment'],
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ]);
    expect(emptyRef.data?.registerPayment.__typename).toBe('InvalidInput');
    expect(await commerceCounts(app)).toEqual(before);
  });
});
