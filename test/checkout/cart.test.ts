import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { createTestApp, type TestApp } from '../support/app.js';
import { GB, SMALL_GB_POLICY, addDays, createHolder, createPanelUser, createService, startOfUtcDay } from '../support/factories.js';
import { ApplyConvention, AddModule, CartQuery, CreateCart, RemoveModule, SetExtend, SetLineQuantity, SetYears } from './documents.js';
import { gid, localOf, openCart } from './helpers.js';

describe('carts', () => {
  let app: TestApp;
  let holder: { account: { id: string }; token: string };
  beforeAll(async () => {
    app = await createTestApp({ policy: SMALL_GB_POLICY });
    holder = await createHolder(app.prisma);
  });
  afterAll(() => app.close());

  const line = <T extends { kind: string; module?: string | null; extension: boolean }>(
    lines: T[],
    kind: string,
    module: string | null = null,
  ) => lines.find((l) => l.kind === kind && !l.extension && (module === null || l.module === module));

  it('R18: a renewal cart restates the service: base, current storage, current users, current modules, for 1 year', async () => {
    // given: 2 extra GB, 3 seats, two modules
    const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 2, seats: 3, modules: ['DOCUMENTS', 'PAYMENTS'] });
    // when
    const cart = await openCart(app, holder.token, service.id, 'RENEWAL');
    // then
    expect(cart).toMatchObject({ purpose: 'RENEWAL', status: 'OPEN', years: 1, extendActiveServices: false, duration: '1 year' });
    expect(line(cart.lines, 'BASE')).toMatchObject({ quantity: 1, product: { code: 'BASE_FULL' }, amount: { amountCents: 2500 } });
    expect(line(cart.lines, 'STORAGE')).toMatchObject({ quantity: 2, amount: { amountCents: 2400 } });
    expect(line(cart.lines, 'USERS')).toMatchObject({ quantity: 3, amount: { amountCents: 2700 } });
    expect(
      cart.lines
        .filter((l) => l.kind === 'MODULE')
        .map((l) => l.module)
        .sort(),
    ).toEqual(['DOCUMENTS', 'PAYMENTS']);
    expect(cart.suggestedModules).toEqual(['WOOCOMMERCE', 'ELECTRONIC_ORDERS']);
    expect(new Date(cart.newExpiresAt).getTime()).toBe(new Date(Date.UTC(2028, 0, 1)).getTime());
    expect(cart.subtotal.amountCents).toBe(2500 + 2400 + 2700 + 1500 + 2000);
  });

  it('R18: each purpose opens with its own lines; the storage upgrade shows the recommended quantity (R11)', async () => {
    // given: 1.5 GB used of 2 bought over 165 days, 200 days to expiry
    const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 1, usedBytes: Math.round(1.5 * GB) });
    // when
    const upgrade = await openCart(app, holder.token, service.id, 'STORAGE_UPGRADE');
    const users = await openCart(app, holder.token, service.id, 'ADD_USERS');
    const modules = await openCart(app, holder.token, service.id, 'ADD_MODULES');
    // then
    expect(upgrade.extendActiveServices).toBe(true);
    const storage = line(upgrade.lines, 'STORAGE');
    expect(storage).toMatchObject({ quantity: 1, minQuantity: 1, isNew: true });
    // (1.5 GB + 1.5/165 GB per day * 200 days) = 3.32 GB -> 4 GB -> 2 more than the 2 bought
    expect(storage?.recommendedQuantity).toBe(2);
    expect(line(users.lines, 'USERS')).toMatchObject({ quantity: 1, isNew: true });
    expect(modules.lines.filter((l) => !l.extension)).toEqual([]);
    expect(modules.readyForCheckout).toBe(false);
  });

  it('R6: reactivation is offered only in the grace period, and renewal is then refused with the reason', async () => {
    // given: a service expired 10 days ago and an active one
    const expired = await createService(app.prisma, holder.account.id, { expiresInDays: -10, extraStorageGb: 1 });
    const active = await createService(app.prisma, holder.account.id);
    // when
    const reactivation = await openCart(app, holder.token, expired.id, 'REACTIVATION');
    const renewal = await app.exec(
      CreateCart,
      { input: { serviceId: gid('Service', expired.id), purpose: 'RENEWAL' } },
      { token: holder.token },
    );
    const notExpired = await app.exec(
      CreateCart,
      { input: { serviceId: gid('Service', active.id), purpose: 'REACTIVATION' } },
      { token: holder.token },
    );
    // then: reactivation starts today
    expect(new Date(reactivation.newExpiresAt).getTime()).toBe(startOfUtcDay(new Date('2027-06-15')).getTime());
    expect(line(reactivation.lines, 'STORAGE')?.quantity).toBe(1);
    expect(renewal.data?.createCart).toMatchObject({ __typename: 'ActionNotAvailable', action: 'RENEW', reasonCode: 'IN_GRACE_PERIOD' });
    expect(notExpired.data?.createCart).toMatchObject({
      __typename: 'ActionNotAvailable',
      action: 'REACTIVATE',
      reasonCode: 'NOT_IN_GRACE_PERIOD',
    });
    expect(await app.prisma.cart.count({ where: { serviceId: { in: [expired.id, active.id] } } })).toBe(1);
  });

  it('R16: an add-users cart sells users for one year: setCartYears(3) is refused and the cart keeps 1 year', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id, { seats: 1 });
    const cart = await openCart(app, holder.token, service.id, 'ADD_USERS');
    // when
    const three = await app.exec(SetYears, { input: { cartId: cart.id, years: 3 } }, { token: holder.token });
    const one = await app.exec(SetYears, { input: { cartId: cart.id, years: 1 } }, { token: holder.token });
    // then
    expect(three.data?.setCartYears).toMatchObject({ __typename: 'InvalidYears', minYears: 1, maxYears: 1 });
    expect(one.data?.setCartYears.__typename).toBe('SetCartYearsSuccess');
    expect((await app.prisma.cart.findUniqueOrThrow({ where: { id: localOf(cart.id) } })).years).toBe(1);
  });

  it('R4: a renewal cart is refused while auto-renew is on', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id, { autoRenew: 'CREDIT_CARD' });
    // when
    const res = await app.exec(
      CreateCart,
      { input: { serviceId: gid('Service', service.id), purpose: 'RENEWAL' } },
      { token: holder.token, locale: 'it' },
    );
    // then
    expect(res.data?.createCart).toMatchObject({ __typename: 'ActionNotAvailable', action: 'RENEW', reasonCode: 'AUTO_RENEW_ON' });
    expect(res.data?.createCart.__typename === 'ActionNotAvailable' && res.data.createCart.message).toMatch(/rinnovo automatico/);
    expect(await app.prisma.cart.count({ where: { serviceId: service.id } })).toBe(0);
  });

  it('R12: with 3 GB bought and 1 GB used, a renewal may lower storage to 1 or 2 GB', async () => {
    // given: 3 GB bought (1 included + 2 extra), 1 GB used
    const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 2, usedBytes: GB });
    const cart = await openCart(app, holder.token, service.id, 'RENEWAL');
    const storage = line(cart.lines, 'STORAGE');
    expect(storage?.minQuantity).toBe(0);
    // when: 2 GB in all, then 1 GB in all
    const to2 = await app.exec(
      SetLineQuantity,
      { input: { cartId: cart.id, lineId: storage?.id ?? '', quantity: 1 } },
      { token: holder.token },
    );
    const to1 = await app.exec(
      SetLineQuantity,
      { input: { cartId: cart.id, lineId: storage?.id ?? '', quantity: 0 } },
      { token: holder.token },
    );
    // then
    expect(to2.data?.setCartLineQuantity.__typename).toBe('SetCartLineQuantitySuccess');
    expect(to1.data?.setCartLineQuantity.__typename).toBe('SetCartLineQuantitySuccess');
    const row = await app.prisma.cartLine.findUniqueOrThrow({ where: { id: localOf(storage?.id ?? '') } });
    expect(row.quantity).toBe(0);
  });

  it('R12: with 2.5 GB used, storage cannot go below 3 GB and the refusal gives the floor', async () => {
    // given: 3 GB bought, 2.5 GB used
    const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 2, usedBytes: Math.round(2.5 * GB) });
    const cart = await openCart(app, holder.token, service.id, 'RENEWAL');
    const storage = line(cart.lines, 'STORAGE');
    // when: 2 GB in all
    const res = await app.exec(
      SetLineQuantity,
      { input: { cartId: cart.id, lineId: storage?.id ?? '', quantity: 1 } },
      { token: holder.token, locale: 'it' },
    );
    // then
    expect(res.data?.setCartLineQuantity).toMatchObject({
      __typename: 'QuantityBelowUsedStorage',
      minQuantity: 2,
      field: ['input', 'quantity'],
    });
    expect(res.data?.setCartLineQuantity.__typename === 'QuantityBelowUsedStorage' && res.data.setCartLineQuantity.message).toMatch(
      /spazio/i,
    );
    expect((await app.prisma.cartLine.findUniqueOrThrow({ where: { id: localOf(storage?.id ?? '') } })).quantity).toBe(2);
  });

  it('R12: storage can be lowered only in a renewal cart', async () => {
    // given: an upgrade cart
    const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 2 });
    const cart = await openCart(app, holder.token, service.id, 'STORAGE_UPGRADE');
    const storage = line(cart.lines, 'STORAGE');
    // when: zero additional GB
    const res = await app.exec(
      SetLineQuantity,
      { input: { cartId: cart.id, lineId: storage?.id ?? '', quantity: 0 } },
      { token: holder.token },
    );
    // then
    expect(res.data?.setCartLineQuantity).toMatchObject({ __typename: 'InvalidQuantity', minQuantity: 1 });
  });

  it('R16: a cart cannot lower users below those configured in the panel', async () => {
    // given: 3 seats, 2 users configured
    const service = await createService(app.prisma, holder.account.id, { seats: 3, configuredUsers: 2 });
    const cart = await openCart(app, holder.token, service.id, 'RENEWAL');
    const users = line(cart.lines, 'USERS');
    expect(users?.minQuantity).toBe(2);
    // when
    const below = await app.exec(
      SetLineQuantity,
      { input: { cartId: cart.id, lineId: users?.id ?? '', quantity: 1 } },
      { token: holder.token },
    );
    const atFloor = await app.exec(
      SetLineQuantity,
      { input: { cartId: cart.id, lineId: users?.id ?? '', quantity: 2 } },
      { token: holder.token },
    );
    // then
    expect(below.data?.setCartLineQuantity).toMatchObject({ __typename: 'QuantityBelowConfiguredUsers', minQuantity: 2 });
    expect(atFloor.data?.setCartLineQuantity.__typename).toBe('SetCartLineQuantitySuccess');
    if (atFloor.data?.setCartLineQuantity.__typename === 'SetCartLineQuantitySuccess') {
      expect(line(atFloor.data.setCartLineQuantity.cart.lines, 'USERS')?.amount.amountCents).toBe(1800);
    }
  });

  it('R17: in a renewal cart a bought module can be dropped ("do not renew") and a new one added', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id, { modules: ['DOCUMENTS'] });
    const cart = await openCart(app, holder.token, service.id, 'RENEWAL');
    // when
    const dropped = await app.exec(RemoveModule, { input: { cartId: cart.id, module: 'DOCUMENTS' } }, { token: holder.token });
    const added = await app.exec(AddModule, { input: { cartId: cart.id, module: 'PAYMENTS' } }, { token: holder.token });
    // then
    if (added.data?.addCartModule.__typename !== 'AddCartModuleSuccess') throw new Error('addCartModule refused');
    expect(dropped.data?.removeCartModule.__typename).toBe('RemoveCartModuleSuccess');
    const lines = added.data.addCartModule.cart.lines;
    expect(line(lines, 'MODULE', 'DOCUMENTS')).toMatchObject({ quantity: 0, amount: { amountCents: 0 } });
    expect(line(lines, 'MODULE', 'PAYMENTS')).toMatchObject({ quantity: 1, isNew: true, amount: { amountCents: 2000 } });
    expect(added.data.addCartModule.cart.suggestedModules).toEqual(['WOOCOMMERCE', 'ELECTRONIC_ORDERS']);
  });

  it('R15: an add-on cart refuses a module the service already has', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id, { modules: ['DOCUMENTS'] });
    const cart = await openCart(app, holder.token, service.id, 'ADD_MODULES');
    // when
    const res = await app.exec(AddModule, { input: { cartId: cart.id, module: 'DOCUMENTS' } }, { token: holder.token });
    // then
    expect(res.data?.addCartModule).toMatchObject({ __typename: 'ModuleAlreadyBought', code: 'MODULE_ALREADY_BOUGHT' });
    expect(await app.prisma.cartLine.count({ where: { cart: { serviceId: service.id } } })).toBe(0);
  });

  it('R19: renewal is for 1 to 10 years; 0 and 11 are refused', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id);
    const cart = await openCart(app, holder.token, service.id, 'RENEWAL');
    // when
    const ten = await app.exec(SetYears, { input: { cartId: cart.id, years: 10 } }, { token: holder.token });
    const zero = await app.exec(SetYears, { input: { cartId: cart.id, years: 0 } }, { token: holder.token });
    const eleven = await app.exec(SetYears, { input: { cartId: cart.id, years: 11 } }, { token: holder.token });
    // then
    if (ten.data?.setCartYears.__typename !== 'SetCartYearsSuccess') throw new Error('10 years refused');
    expect(ten.data.setCartYears.cart).toMatchObject({ years: 10, duration: '10 years', subtotal: { amountCents: 25_000 } });
    expect(zero.data?.setCartYears).toMatchObject({ __typename: 'InvalidYears', minYears: 1, maxYears: 10 });
    expect(eleven.data?.setCartYears).toMatchObject({ __typename: 'InvalidYears', minYears: 1, maxYears: 10 });
    expect((await app.prisma.cart.findUniqueOrThrow({ where: { id: localOf(cart.id) } })).years).toBe(10);
  });

  it('R19: a product in promotion limits the cart to 1 or 2 years', async () => {
    // given: WooCommerce is in promotion
    const service = await createService(app.prisma, holder.account.id);
    const cart = await openCart(app, holder.token, service.id, 'RENEWAL');
    await app.exec(AddModule, { input: { cartId: cart.id, module: 'WOOCOMMERCE' } }, { token: holder.token });
    // when
    const two = await app.exec(SetYears, { input: { cartId: cart.id, years: 2 } }, { token: holder.token });
    const three = await app.exec(SetYears, { input: { cartId: cart.id, years: 3 } }, { token: holder.token });
    // then
    expect(two.data?.setCartYears.__typename).toBe('SetCartYearsSuccess');
    expect(three.data?.setCartYears).toMatchObject({ __typename: 'InvalidYears', maxYears: 2 });
  });

  it('R20: co-termination is on by default in an upgrade cart and charges the extension pro rata by day', async () => {
    // given: base and 1 extra GB expiring in 200 days
    const service = await createService(app.prisma, holder.account.id, { extraStorageGb: 1 });
    // when
    const cart = await openCart(app, holder.token, service.id, 'STORAGE_UPGRADE');
    // then: new GB for one year from today, and base + storage extended from their expiry to it
    const today = startOfUtcDay(app.now());
    const expiry = addDays(today, 200);
    const newExpiry = new Date(Date.UTC(2027, 5, 15));
    expect(new Date(cart.newExpiresAt).getTime()).toBe(newExpiry.getTime());
    const extensions = cart.lines.filter((l) => l.extension);
    expect(extensions.map((l) => l.kind).sort()).toEqual(['BASE', 'STORAGE']);
    const days = Math.round((newExpiry.getTime() - expiry.getTime()) / 86_400_000);
    for (const ext of extensions) {
      expect(ext.proRataDays).toBe(days);
      expect(new Date(ext.periodStart).getTime()).toBe(expiry.getTime());
      expect(ext.amount.amountCents).toBe(Math.floor((ext.unitPrice.amountCents * ext.quantity * days * 2 + 365) / (365 * 2)));
      expect(ext.amount.amountCents).toBeLessThan(ext.unitPrice.amountCents * ext.quantity);
    }
    // when: switched off
    const off = await app.exec(SetExtend, { input: { cartId: cart.id, enabled: false } }, { token: holder.token });
    // then: only the new item, with its own expiry
    if (off.data?.setCartExtendActiveServices.__typename !== 'SetCartExtendActiveServicesSuccess') throw new Error('refused');
    expect(off.data.setCartExtendActiveServices.cart.lines.filter((l) => l.extension)).toEqual([]);
    expect(off.data.setCartExtendActiveServices.cart.subtotal.amountCents).toBe(1200);
  });

  it('R20: cart lines have global IDs unique across carts, extension lines included', async () => {
    // given: two services with the same expiry, so that their extension lines have the same kind and dates
    const first = await createService(app.prisma, holder.account.id, { extraStorageGb: 1 });
    const second = await createService(app.prisma, holder.account.id, { extraStorageGb: 1 });
    // when
    const carts = [
      await openCart(app, holder.token, first.id, 'STORAGE_UPGRADE'),
      await openCart(app, holder.token, second.id, 'STORAGE_UPGRADE'),
    ];
    // then
    const ids = carts.flatMap((c) => c.lines.map((l) => l.id));
    expect(carts.every((c) => c.lines.some((l) => l.extension))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(decodeGlobalID(id).typename).toBe('CartLine');
  });

  it('R21: conventionPreview shows the discount, or why a code would be refused, and applies nothing', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id);
    const renewal = await openCart(app, holder.token, service.id, 'RENEWAL');
    const upgrade = await openCart(app, holder.token, service.id, 'STORAGE_UPGRADE');
    const preview = (cartId: string, code: string, locale = 'en') =>
      app.exec(
        `query ($id: ID!, $code: String!) { cart(id: $id) { conventionCode conventionPreview(code: $code) { code association discountPercent applicable reasonCode reason } } }`,
        { id: cartId, code },
        { token: holder.token, locale },
      );
    interface Preview {
      cart: { conventionCode: string | null; conventionPreview: Record<string, unknown> };
    }
    // when
    const valid = (await preview(renewal.id, ' ingegneri ')).data as Preview;
    const unknown = (await preview(renewal.id, 'NOPE', 'it')).data as Preview;
    const expired = (await preview(renewal.id, 'ARCHITETTI2020')).data as Preview;
    const inapplicable = (await preview(upgrade.id, 'COMMERCIALISTI')).data as Preview;
    // then
    expect(valid.cart.conventionPreview).toMatchObject({
      code: 'INGEGNERI',
      discountPercent: 15,
      applicable: true,
      reasonCode: null,
      reason: null,
    });
    expect(valid.cart.conventionCode).toBeNull();
    expect(unknown.cart.conventionPreview).toMatchObject({ applicable: false, reasonCode: 'CONVENTION_NOT_FOUND', discountPercent: null });
    expect(unknown.cart.conventionPreview.reason).toMatch(/convenzione/i);
    expect(expired.cart.conventionPreview).toMatchObject({ applicable: false, reasonCode: 'CONVENTION_EXPIRED' });
    expect(inapplicable.cart.conventionPreview).toMatchObject({ applicable: false, reasonCode: 'CONVENTION_NOT_APPLICABLE' });
    expect((await app.prisma.cart.findFirstOrThrow({ where: { id: localOf(renewal.id) } })).conventionId).toBeNull();
  });

  it('R21: a valid convention applies its discount; unknown, expired and inapplicable codes are refused', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id);
    const renewal = await openCart(app, holder.token, service.id, 'RENEWAL');
    const upgrade = await openCart(app, holder.token, service.id, 'STORAGE_UPGRADE');
    // when
    const unknown = await app.exec(ApplyConvention, { input: { cartId: renewal.id, code: 'NOPE' } }, { token: holder.token });
    const expired = await app.exec(ApplyConvention, { input: { cartId: renewal.id, code: 'ARCHITETTI2020' } }, { token: holder.token });
    const inapplicable = await app.exec(
      ApplyConvention,
      { input: { cartId: upgrade.id, code: 'COMMERCIALISTI' } },
      { token: holder.token },
    );
    const valid = await app.exec(ApplyConvention, { input: { cartId: renewal.id, code: 'ingegneri' } }, { token: holder.token });
    // then
    expect(unknown.data?.applyConventionCode.__typename).toBe('ConventionNotFound');
    expect(expired.data?.applyConventionCode.__typename).toBe('ConventionExpired');
    expect(inapplicable.data?.applyConventionCode.__typename).toBe('ConventionNotApplicable');
    if (valid.data?.applyConventionCode.__typename !== 'ApplyConventionCodeSuccess') throw new Error('refused');
    const cart = valid.data.applyConventionCode.cart;
    expect(cart.conventionCode).toBe('INGEGNERI');
    // 15% of 25.00 = 3.75; VAT 22% of 21.25 = 4.675 -> 4.68 (half up)
    expect(cart).toMatchObject({
      subtotal: { amountCents: 2500 },
      discount: { amountCents: 375 },
      vat: { amountCents: 468 },
      total: { amountCents: 2593 },
    });
  });

  it('R18: the cart query shows the holder its cart and nobody else', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id);
    const cart = await openCart(app, holder.token, service.id, 'RENEWAL');
    const other = await createHolder(app.prisma);
    // when
    const mine = await app.exec(CartQuery, { id: cart.id }, { token: holder.token });
    const theirs = await app.exec(CartQuery, { id: cart.id }, { token: other.token });
    const anonymous = await app.exec(CartQuery, { id: cart.id });
    // then
    expect(mine.data?.cart?.id).toBe(cart.id);
    expect(theirs.data?.cart).toBeNull();
    expect(anonymous.data?.cart).toBeNull();
    const node = 'query($id: ID!) { node(id: $id) { __typename id } }';
    const mineNode = await app.exec<{ node: { __typename: string; id: string } | null }, { id: string }>(
      node,
      { id: cart.id },
      { token: holder.token },
    );
    const theirNode = await app.exec<{ node: { __typename: string; id: string } | null }, { id: string }>(
      node,
      { id: cart.id },
      { token: other.token },
    );
    expect(mineNode.data?.node).toEqual({ __typename: 'Cart', id: cart.id });
    expect(theirNode.data?.node ?? null).toBeNull();
  });

  it('panel users cannot open carts', async () => {
    // given
    const service = await createService(app.prisma, holder.account.id);
    const panel = await createPanelUser(app.prisma, service.id);
    // when
    const res = await app.exec(
      CreateCart,
      { input: { serviceId: gid('Service', service.id), purpose: 'STORAGE_UPGRADE' } },
      { token: panel.token },
    );
    // then
    expect(res.status).toBeLessThan(500);
    expect(res.data?.createCart ?? null).toBeNull();
    expect(await app.prisma.cart.count({ where: { serviceId: service.id } })).toBe(0);
  });
});
