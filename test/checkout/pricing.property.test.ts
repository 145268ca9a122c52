// Property test at the service level (the pure one is test/domain/pricing.property.test.ts):
// random carts built through the cart service always add up to the cent (R22),
// and a co-termination extension never costs more than the span it covers (R20).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createHolder, createService } from '../support/factories.js';
import {
  addCartModule,
  applyConventionCode,
  computeCartView,
  createCart,
  setCartExtendActiveServices,
  setCartLineQuantity,
  setCartYears,
} from '../../src/modules/commerce/cart.service.js';
import { roundHalfUpDiv } from '../../src/modules/commerce/domain/pricing.js';

const halfUpPercent = (cents: number, percent: number) => Number(roundHalfUpDiv(BigInt(cents) * BigInt(percent * 100), 10_000n));

describe('cart pricing over random carts', () => {
  let app: TestApp;
  let accountId: string;
  beforeAll(async () => {
    app = await createTestApp();
    accountId = (await createHolder(app.prisma)).account.id;
  });
  afterAll(() => app.close());

  it('R22: lines + VAT - discount = total to the cent, and R20: pro rata never exceeds a full year per year covered', async () => {
    const scenario = fc.record({
      extraStorageGb: fc.integer({ min: 0, max: 5 }),
      seats: fc.integer({ min: 0, max: 3 }),
      modules: fc.subarray(['DOCUMENTS', 'PAYMENTS', 'ELECTRONIC_ORDERS'] as const),
      expiresInDays: fc.integer({ min: 1, max: 720 }),
      purpose: fc.constantFrom<'RENEWAL' | 'STORAGE_UPGRADE' | 'ADD_USERS' | 'ADD_MODULES'>(
        'RENEWAL',
        'STORAGE_UPGRADE',
        'ADD_USERS',
        'ADD_MODULES',
      ),
      years: fc.integer({ min: 1, max: 10 }),
      quantity: fc.integer({ min: 1, max: 60 }),
      extend: fc.boolean(),
      convention: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        // given: a random service and cart
        const now = app.now();
        const policy = app.deps.policy;
        const service = await createService(app.prisma, accountId, {
          extraStorageGb: s.extraStorageGb,
          seats: s.seats,
          modules: [...s.modules],
          expiresInDays: s.expiresInDays,
        });
        const holderScope = app.scope({ type: 'HOLDER', accountId, sessionId: 'test' });
        const cart = await createCart(holderScope, { serviceId: service.id, purpose: s.purpose });
        const first = await computeCartView(app.prisma, cart.id, now, policy);
        const editable = first.lines.find((l) => !l.extension && (l.kind === 'STORAGE' || l.kind === 'USERS'));
        if (editable)
          await setCartLineQuantity(holderScope, {
            cartId: cart.id,
            lineId: editable.id,
            quantity: Math.max(editable.minQuantity, s.quantity),
          });
        if (s.purpose === 'ADD_MODULES') await addCartModule(holderScope, { cartId: cart.id, module: 'WOOCOMMERCE' });
        // R19: promotions allow 2 years at most; R16: additional users are sold for one year.
        const years = s.purpose === 'ADD_USERS' ? 1 : s.purpose === 'ADD_MODULES' ? Math.min(2, s.years) : s.years;
        await setCartYears(holderScope, { cartId: cart.id, years });
        if (s.purpose !== 'RENEWAL') await setCartExtendActiveServices(holderScope, { cartId: cart.id, enabled: s.extend });
        if (s.convention) await applyConventionCode(holderScope, { cartId: cart.id, code: 'INGEGNERI' });
        // when
        const view = await computeCartView(app.prisma, cart.id, now, policy);
        // then
        const { subtotalCents, discountCents, vatCents, totalCents } = view.priced;
        for (const n of [subtotalCents, discountCents, vatCents, totalCents, ...view.lines.map((l) => l.amountCents)]) {
          expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
        }
        expect(view.lines.reduce((sum, l) => sum + l.amountCents, 0)).toBe(subtotalCents);
        expect(discountCents).toBe(s.convention ? halfUpPercent(subtotalCents, 15) : 0);
        expect(vatCents).toBe(halfUpPercent(subtotalCents - discountCents, policy.vatPercent));
        expect(subtotalCents - discountCents + vatCents).toBe(totalCents);
        for (const ext of view.lines.filter((l) => l.extension)) {
          const yearsCovered = Math.ceil((ext.proRataDays ?? 0) / 365);
          expect(ext.amountCents).toBeLessThanOrEqual(ext.unitPriceCents * ext.quantity * yearsCovered);
          expect(ext.amountCents).toBeLessThanOrEqual(ext.unitPriceCents * ext.quantity * view.cart.years);
        }
      }),
      { numRuns: 15 },
    );
  });
});
