import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceCart } from '../../src/modules/commerce/domain/cart.js';
import type { CartLineInput, ServiceItem } from '../../src/modules/commerce/domain/cart.js';
import { addDays, addYears } from '../../src/shared/domain/dates.js';
import { defaultPolicy as policy } from '../../src/shared/domain/policy.js';
import { CART_PURPOSES, LINE_KINDS, MODULE_CODES } from '../../src/shared/domain/types.js';
import { day } from './helpers.js';

const price = fc.integer({ min: 0, max: 500_000 });
const qty = fc.integer({ min: 0, max: 1000 });
const now = fc.integer({ min: 0, max: 3650 }).map((n) => addDays(day('2024-01-01'), n));

const lineArb: fc.Arbitrary<CartLineInput> = fc.record({
  kind: fc.constantFrom(...LINE_KINDS),
  module: fc.constantFrom(...MODULE_CODES),
  quantity: qty,
  yearlyUnitPriceCents: price,
  promo: fc.boolean(),
  isNew: fc.boolean(),
});

const itemArb = (today: Date): fc.Arbitrary<ServiceItem> =>
  fc.record({
    kind: fc.constantFrom(...LINE_KINDS),
    quantity: qty,
    expiresAt: fc.integer({ min: -30, max: 3700 }).map((n) => addDays(today, n)),
    yearlyUnitPriceCents: price,
  });

const scenario = now.chain((today) =>
  fc.record({
    now: fc.constant(today),
    cart: fc.record({
      purpose: fc.constantFrom(...CART_PURPOSES),
      years: fc.integer({ min: 1, max: 10 }),
      extendActiveServices: fc.boolean(),
      lines: fc.array(lineArb, { maxLength: 6 }),
      convention: fc.option(fc.record({ discountPercent: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100) })),
    }),
    service: fc.record({
      expiresAt: fc.integer({ min: 1, max: 3650 }).map((n) => addDays(today, n)),
      items: fc.array(itemArb(today), { maxLength: 6 }),
      usedBytes: fc.nat(),
      configuredUsers: fc.nat({ max: 1000 }),
      boughtGb: fc.integer({ min: 1, max: 1000 }),
    }),
  }),
);

/** Smallest number of whole calendar years covering [start, end). */
function yearsCovering(start: Date, end: Date): number {
  let k = 0;
  while (addYears(start, k) < end) k += 1;
  return k;
}

describe('pricing properties', () => {
  it('R22: on random carts every amount is an integer and lines - discount + VAT = total, to the cent', () => {
    fc.assert(
      fc.property(scenario, ({ cart, service, now }) => {
        // given / when
        const p = priceCart(cart, service, now, policy);
        // then
        const all = [p.subtotalCents, p.discountCents, p.vatCents, p.totalCents, ...p.lines.map((l) => l.amountCents)];
        expect(all.every((n) => Number.isSafeInteger(n) && n >= 0)).toBe(true);
        expect(p.lines.reduce((s, l) => s + l.amountCents, 0)).toBe(p.subtotalCents);
        expect(p.subtotalCents - p.discountCents + p.vatCents).toBe(p.totalCents);
        const pct = cart.convention?.discountPercent ?? 0;
        expect(Math.abs(p.discountCents - (p.subtotalCents * pct) / 100)).toBeLessThanOrEqual(0.5);
        expect(Math.abs(p.vatCents - ((p.subtotalCents - p.discountCents) * policy.vatPercent) / 100)).toBeLessThanOrEqual(0.5);
      }),
      { numRuns: 500 },
    );
  });

  it('R20: pro rata never charges more than whole years for the same days and quantity', () => {
    fc.assert(
      fc.property(scenario, ({ cart, service, now }) => {
        // given / when
        const p = priceCart({ ...cart, purpose: 'STORAGE_UPGRADE', extendActiveServices: true }, service, now, policy);
        // then
        for (const l of p.lines.filter((x) => x.extension)) {
          const years = yearsCovering(l.periodStart, l.periodEnd);
          expect(l.amountCents).toBeLessThanOrEqual(l.yearlyUnitPriceCents * l.quantity * years);
          expect(l.amountCents).toBeLessThanOrEqual(Math.ceil((l.yearlyUnitPriceCents * l.quantity * (l.proRataDays ?? 0)) / 365));
          expect(l.periodEnd).toEqual(p.newExpiresAt);
        }
      }),
      { numRuns: 500 },
    );
  });
});
