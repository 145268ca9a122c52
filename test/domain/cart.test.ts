import { describe, expect, it } from 'vitest';
import {
  checkConvention,
  lineMinQuantity,
  priceCart,
  priceFirstPurchase,
  suggestedModules,
  validateCart,
  validateQuantity,
  validateYears,
} from '../../src/modules/commerce/domain/cart.js';
import type { Cart, CartLineInput, CartServiceContext, Convention } from '../../src/modules/commerce/domain/cart.js';
import { defaultPolicy as policy } from '../../src/shared/domain/policy.js';
import { chargeableDays, percentOf, proRataAmount, roundHalfUpDiv } from '../../src/modules/commerce/domain/pricing.js';
import { EDITIONS } from '../../src/shared/domain/types.js';
import { Edition as StoredEdition } from '../../src/generated/prisma/enums.js';
import { GB, day } from './helpers.js';

const line = (over: Partial<CartLineInput> & Pick<CartLineInput, 'kind'>): CartLineInput => ({
  quantity: 1,
  yearlyUnitPriceCents: 1000,
  promo: false,
  isNew: false,
  ...over,
});

const service = (over: Partial<CartServiceContext> = {}): CartServiceContext => ({
  expiresAt: day('2025-07-01'),
  items: [],
  usedBytes: GB / 2,
  configuredUsers: 0,
  boughtGb: 1,
  ...over,
});

const cart = (over: Partial<Cart> & Pick<Cart, 'purpose'>): Cart => ({
  years: 1,
  extendActiveServices: true,
  lines: [],
  convention: null,
  ...over,
});

describe('storage quantity', () => {
  it('R12: with 3 GB bought and 1 GB used, renewal may lower storage to 1 or 2 GB total', () => {
    // given: 3 GB bought = 1 included + 2 extra; 1 GB used
    const s = service({ boughtGb: 3, usedBytes: GB });
    // when: extra 0 (total 1) and extra 1 (total 2)
    const toOne = validateQuantity({ kind: 'STORAGE', quantity: 0 }, 'RENEWAL', s, policy);
    const toTwo = validateQuantity({ kind: 'STORAGE', quantity: 1 }, 'RENEWAL', s, policy);
    // then
    expect(toOne).toEqual({ ok: true });
    expect(toTwo).toEqual({ ok: true });
    expect(lineMinQuantity('STORAGE', 'RENEWAL', s, policy)).toBe(0);
  });

  it('R12: with 2.5 GB used, renewal cannot go below 3 GB total and says why', () => {
    // given
    const s = service({ boughtGb: 3, usedBytes: 2.5 * GB });
    // when: extra 1 (total 2) and extra 2 (total 3)
    const toTwo = validateQuantity({ kind: 'STORAGE', quantity: 1 }, 'RENEWAL', s, policy);
    const toThree = validateQuantity({ kind: 'STORAGE', quantity: 2 }, 'RENEWAL', s, policy);
    // then: min is 2 extra GB = 3 GB total
    expect(toTwo).toEqual({ ok: false, code: 'QUANTITY_BELOW_USED_STORAGE', min: 2 });
    expect(toThree).toEqual({ ok: true });
  });

  it('R12: storage is lowered only in renewal carts', () => {
    // given
    const s = service({ boughtGb: 3, usedBytes: GB });
    // when / then: reactivation keeps what is bought, upgrades sell at least 1 new GB
    expect(lineMinQuantity('STORAGE', 'REACTIVATION', s, policy)).toBe(2);
    expect(validateQuantity({ kind: 'STORAGE', quantity: 1 }, 'REACTIVATION', s, policy)).toMatchObject({
      ok: false,
      code: 'INVALID_QUANTITY',
      min: 2,
    });
    expect(validateQuantity({ kind: 'STORAGE', quantity: 0 }, 'STORAGE_UPGRADE', s, policy)).toMatchObject({
      ok: false,
      code: 'INVALID_QUANTITY',
      min: 1,
    });
  });

  it('R8: quantities are whole units between 0 and 1000', () => {
    // given
    const s = service();
    // when / then
    expect(validateQuantity({ kind: 'STORAGE', quantity: 1.5 }, 'STORAGE_UPGRADE', s, policy)).toMatchObject({
      code: 'INVALID_QUANTITY',
    });
    expect(validateQuantity({ kind: 'STORAGE', quantity: 1001 }, 'STORAGE_UPGRADE', s, policy)).toMatchObject({
      code: 'INVALID_QUANTITY',
      max: 1000,
    });
    expect(validateQuantity({ kind: 'BASE', quantity: 2 }, 'RENEWAL', s, policy)).toMatchObject({
      code: 'INVALID_QUANTITY',
      min: 1,
      max: 1,
    });
  });
});

describe('users and modules', () => {
  it('R16: a renewal cannot lower users below those configured in the panel', () => {
    // given: 5 users configured
    const s = service({ configuredUsers: 5 });
    // when / then
    expect(validateQuantity({ kind: 'USERS', quantity: 4 }, 'RENEWAL', s, policy)).toEqual({
      ok: false,
      code: 'QUANTITY_BELOW_CONFIGURED_USERS',
      min: 5,
    });
    expect(validateQuantity({ kind: 'USERS', quantity: 5 }, 'RENEWAL', s, policy)).toEqual({ ok: true });
    expect(validateQuantity({ kind: 'USERS', quantity: 6 }, 'RENEWAL', s, policy)).toEqual({ ok: true });
  });

  it('R16: an add-users cart buys at least one user', () => {
    // given / when / then
    expect(lineMinQuantity('USERS', 'ADD_USERS', service({ configuredUsers: 5 }), policy)).toBe(1);
  });

  it('R17: in a renewal each module can be dropped (quantity 0) and new ones added', () => {
    // given
    const c = cart({
      purpose: 'RENEWAL',
      lines: [
        line({ kind: 'BASE', yearlyUnitPriceCents: 2500 }),
        line({ kind: 'MODULE', module: 'DOCUMENTS', quantity: 0, yearlyUnitPriceCents: 900 }),
        line({ kind: 'MODULE', module: 'PAYMENTS', isNew: true, yearlyUnitPriceCents: 1200 }),
      ],
    });
    // when
    const issues = validateCart(c, service(), policy);
    const priced = priceCart(c, service(), day('2025-06-01'), policy);
    // then
    expect(issues).toEqual([]);
    expect(priced.lines.map((l) => l.amountCents)).toEqual([2500, 0, 1200]);
  });

  it('R15: carts suggest the modules not bought, in catalog order', () => {
    // given / when / then
    expect(suggestedModules(['PAYMENTS'])).toEqual(['DOCUMENTS', 'WOOCOMMERCE', 'ELECTRONIC_ORDERS']);
    expect(suggestedModules(['DOCUMENTS', 'WOOCOMMERCE', 'PAYMENTS', 'ELECTRONIC_ORDERS'])).toEqual([]);
  });

  it('R18: a cart holds only lines fitting its purpose, without duplicates or modules already bought', () => {
    // given
    const s = service({
      items: [{ kind: 'MODULE', module: 'DOCUMENTS', quantity: 1, expiresAt: day('2025-07-01'), yearlyUnitPriceCents: 900 }],
    });
    const c = cart({
      purpose: 'ADD_MODULES',
      lines: [
        line({ kind: 'BASE' }),
        line({ kind: 'MODULE', module: 'DOCUMENTS', isNew: true }),
        line({ kind: 'MODULE', module: 'PAYMENTS', isNew: true }),
        line({ kind: 'MODULE', module: 'PAYMENTS', isNew: true }),
      ],
    });
    // when
    const codes = validateCart(c, s, policy).map((i) => `${i.code}@${i.lineIndex}`);
    // then
    expect(codes).toEqual(['INVALID_LINE@0', 'MODULE_ALREADY_BOUGHT@1', 'INVALID_LINE@3']);
    expect(validateCart(cart({ purpose: 'STORAGE_UPGRADE' }), s, policy).map((i) => i.code)).toEqual(['INVALID_LINE']);
  });
});

describe('years', () => {
  it('R19: renewal is for 1 to 10 years', () => {
    // given / when / then
    expect(validateYears(0, false, policy)).toEqual({ ok: false, code: 'INVALID_YEARS', min: 1, max: 10 });
    expect(validateYears(1, false, policy)).toEqual({ ok: true });
    expect(validateYears(10, false, policy)).toEqual({ ok: true });
    expect(validateYears(11, false, policy)).toEqual({ ok: false, code: 'INVALID_YEARS', min: 1, max: 10 });
    expect(validateYears(1.5, false, policy).ok).toBe(false);
  });

  it('R16: additional users are sold for one year: an add-users cart allows exactly 1 year', () => {
    // given
    const addUsers = cart({ purpose: 'ADD_USERS', years: 3, lines: [line({ kind: 'USERS', quantity: 2, isNew: true })] });
    // when / then
    expect(validateYears(1, false, policy, 'ADD_USERS')).toEqual({ ok: true });
    expect(validateYears(2, false, policy, 'ADD_USERS')).toEqual({ ok: false, code: 'INVALID_YEARS', min: 1, max: 1 });
    expect(validateCart(addUsers, service(), policy)).toEqual([{ code: 'INVALID_YEARS', min: 1, max: 1, lineIndex: null }]);
    expect(validateYears(3, false, policy, 'STORAGE_UPGRADE')).toEqual({ ok: true });
  });

  it('R19: products in promotion allow 1 or 2 years only', () => {
    // given / when / then
    expect(validateYears(2, true, policy)).toEqual({ ok: true });
    expect(validateYears(3, true, policy)).toEqual({ ok: false, code: 'INVALID_YEARS', min: 1, max: 2 });
    const promoCart = cart({ purpose: 'RENEWAL', years: 3, lines: [line({ kind: 'BASE', promo: true })] });
    expect(validateCart(promoCart, service(), policy)).toEqual([{ code: 'INVALID_YEARS', min: 1, max: 2, lineIndex: null }]);
  });
});

describe('pricing', () => {
  it('R18: renewal runs from the old expiry; changing the years recomputes expiry, duration and price', () => {
    // given
    const base = cart({ purpose: 'RENEWAL', lines: [line({ kind: 'BASE', yearlyUnitPriceCents: 2500 })] });
    const now = day('2025-06-01');
    // when
    const one = priceCart(base, service(), now, policy);
    const three = priceCart({ ...base, years: 3 }, service(), now, policy);
    // then
    expect(one.newExpiresAt).toEqual(day('2026-07-01'));
    expect(one.durationDays).toBe(365);
    expect(one.totalCents).toBe(3050);
    expect(three.newExpiresAt).toEqual(day('2028-07-01'));
    expect(three.durationDays).toBe(1096);
    expect(three.subtotalCents).toBe(7500);
  });

  it('R6: a reactivation starts today', () => {
    // given
    const c = cart({ purpose: 'REACTIVATION', lines: [line({ kind: 'BASE' })] });
    // when
    const p = priceCart(c, service({ expiresAt: day('2025-03-02') }), new Date('2025-04-15T10:00:00Z'), policy);
    // then
    expect(p.newExpiresAt).toEqual(day('2026-04-15'));
    expect(p.lines[0]?.periodStart).toEqual(day('2025-04-15'));
  });

  describe('co-termination', () => {
    // given: today 2025-01-01; base and 2 users expire 2025-07-01; a module runs to 2026-03-01
    const now = day('2025-01-01');
    const s = service({
      items: [
        { kind: 'BASE', quantity: 1, expiresAt: day('2025-07-01'), yearlyUnitPriceCents: 2500 },
        { kind: 'USERS', quantity: 2, expiresAt: day('2025-07-01'), yearlyUnitPriceCents: 1000 },
        { kind: 'MODULE', module: 'PAYMENTS', quantity: 1, expiresAt: day('2026-03-01'), yearlyUnitPriceCents: 1200 },
      ],
    });
    const upgrade = cart({
      purpose: 'STORAGE_UPGRADE',
      lines: [line({ kind: 'STORAGE', quantity: 1, yearlyUnitPriceCents: 1200, isNew: true })],
    });

    it('R20: on, active items are extended to the new expiry and charged pro rata by day', () => {
      // when
      const p = priceCart(upgrade, s, now, policy);
      // then: 2025-07-01 -> 2026-01-01 is 184 days
      //   base 2500 * 184 / 365 = 1260.27 -> 1260; users 2 * 1000 * 184 / 365 = 1008.22 -> 1008
      //   module already runs beyond 2026-01-01: no line
      //   subtotal 1200 + 1260 + 1008 = 3468; VAT 22% = 762.96 -> 763; total 4231
      expect(p.newExpiresAt).toEqual(day('2026-01-01'));
      expect(p.lines.map((l) => [l.kind, l.amountCents, l.proRataDays])).toEqual([
        ['STORAGE', 1200, null],
        ['BASE', 1260, 184],
        ['USERS', 1008, 184],
      ]);
      expect(p.lines[1]?.periodStart).toEqual(day('2025-07-01'));
      expect([p.subtotalCents, p.vatCents, p.totalCents]).toEqual([3468, 763, 4231]);
    });

    it('R20: off, only the new item gets the new expiry', () => {
      // when
      const p = priceCart({ ...upgrade, extendActiveServices: false }, s, now, policy);
      // then: 1200 + VAT 264 = 1464
      expect(p.lines).toHaveLength(1);
      expect([p.subtotalCents, p.vatCents, p.totalCents]).toEqual([1200, 264, 1464]);
    });

    it('R20: renewal carts never add extension lines', () => {
      // when
      const p = priceCart(cart({ purpose: 'RENEWAL', lines: [line({ kind: 'BASE' })] }), s, now, policy);
      // then
      expect(p.lines.every((l) => !l.extension)).toBe(true);
    });

    it('R20: a pro-rata year that contains Feb 29 never costs more than a full year', () => {
      // given: 2027-03-01 -> 2028-03-01 is 366 calendar days
      const start = day('2027-03-01');
      const end = day('2028-03-01');
      // when / then
      expect(chargeableDays(start, end)).toBe(365);
      expect(proRataAmount(3650, 1, start, end)).toBe(3650);
      expect(proRataAmount(3650, 1, start, day('2028-02-29'))).toBe(3650);
      expect(proRataAmount(3650, 1, start, day('2027-03-02'))).toBe(10);
    });
  });

  it('R22: amounts are rounded half up, once', () => {
    // given / when / then
    expect(roundHalfUpDiv(5n, 2n)).toBe(3n);
    expect(roundHalfUpDiv(7n, 4n)).toBe(2n);
    expect(roundHalfUpDiv(5n, 4n)).toBe(1n);
    expect(percentOf(25, 22)).toBe(6); // 5.5 -> 6
    expect(percentOf(10, 15)).toBe(2); // 1.5 -> 2
    expect(percentOf(1005, 10)).toBe(101); // 100.5 -> 101
    expect(percentOf(333, 12.5)).toBe(42); // 41.625 -> 42
    // a 25-cent cart: VAT 5.5 -> 6, total 31
    const p = priceCart(
      cart({ purpose: 'RENEWAL', lines: [line({ kind: 'BASE', yearlyUnitPriceCents: 25 })] }),
      service(),
      day('2025-06-01'),
      policy,
    );
    expect([p.subtotalCents, p.vatCents, p.totalCents]).toEqual([25, 6, 31]);
  });

  it('R21: a convention discount applies to the subtotal before VAT', () => {
    // given: 100.00 EUR with 15% off
    const c = cart({
      purpose: 'RENEWAL',
      lines: [line({ kind: 'BASE', yearlyUnitPriceCents: 10_000 })],
      convention: { discountPercent: 15 },
    });
    // when
    const p = priceCart(c, service(), day('2025-06-01'), policy);
    // then: discount 1500; VAT 22% of 8500 = 1870; total 10370
    expect([p.subtotalCents, p.discountCents, p.vatCents, p.totalCents]).toEqual([10_000, 1500, 1870, 10_370]);
  });
});

describe('conventions', () => {
  const conv: Convention = {
    code: 'ING2025',
    validFrom: day('2025-01-01'),
    validTo: day('2025-12-31'),
    applicablePurposes: ['RENEWAL', 'REACTIVATION'],
    applicableEditions: ['FULL'],
    active: true,
  };

  it('R21: a valid code applies, also on its last day', () => {
    // given / when / then
    expect(checkConvention(conv, 'RENEWAL', 'FULL', new Date('2025-12-31T23:59:00Z'))).toEqual({ ok: true });
    expect(checkConvention(conv, 'REACTIVATION', 'FULL', day('2025-01-01'))).toEqual({ ok: true });
  });

  it('R21: an expired or deactivated code is refused as expired', () => {
    // given / when / then
    expect(checkConvention(conv, 'RENEWAL', 'FULL', day('2026-01-01'))).toEqual({ ok: false, code: 'CONVENTION_EXPIRED' });
    expect(checkConvention({ ...conv, active: false }, 'RENEWAL', 'FULL', day('2025-06-01'))).toEqual({
      ok: false,
      code: 'CONVENTION_EXPIRED',
    });
  });

  it('R21: a code for another purpose, or not yet valid, is refused as not applicable', () => {
    // given / when / then
    expect(checkConvention(conv, 'ADD_USERS', 'FULL', day('2025-06-01'))).toEqual({
      ok: false,
      code: 'CONVENTION_NOT_APPLICABLE',
    });
    expect(checkConvention(conv, 'RENEWAL', 'FULL', day('2024-12-31'))).toEqual({
      ok: false,
      code: 'CONVENTION_NOT_APPLICABLE',
    });
  });

  it('R1: editions FULL and RECEIVE_ONLY; a FULL-only convention does not apply to RECEIVE_ONLY', () => {
    // given / when / then: the domain knows exactly the editions the database stores
    expect([...EDITIONS].sort()).toEqual(Object.values(StoredEdition).sort());
    expect(EDITIONS.map((e) => checkConvention(conv, 'RENEWAL', e, day('2025-06-01')).ok)).toEqual([true, false]);
    expect(checkConvention(conv, 'RENEWAL', 'RECEIVE_ONLY', day('2025-06-01'))).toEqual({
      ok: false,
      code: 'CONVENTION_NOT_APPLICABLE',
    });
    expect(checkConvention({ ...conv, applicableEditions: [] }, 'RENEWAL', 'RECEIVE_ONLY', day('2025-06-01')).ok).toBe(true);
  });
});

describe('first purchase', () => {
  it('R18, R22: a first purchase is priced like a cart: whole years from today, VAT on the subtotal, no extension lines', () => {
    // given: base, 2 extra GB and a module, bought on 2025-03-10 at noon
    const now = new Date('2025-03-10T12:00:00Z');
    const lines = [
      line({ kind: 'BASE', yearlyUnitPriceCents: 2500, isNew: true }),
      line({ kind: 'STORAGE', quantity: 2, yearlyUnitPriceCents: 1000, isNew: true }),
      line({ kind: 'MODULE', module: 'DOCUMENTS', yearlyUnitPriceCents: 1500, isNew: true }),
    ];
    // when
    const priced = priceFirstPurchase(lines, 1, now, policy);
    // then
    expect(priced.lines.map((l) => [l.kind, l.amountCents, l.extension])).toEqual([
      ['BASE', 2500, false],
      ['STORAGE', 2000, false],
      ['MODULE', 1500, false],
    ]);
    for (const l of priced.lines) expect([l.periodStart, l.periodEnd]).toEqual([day('2025-03-10'), day('2026-03-10')]);
    expect(priced.newExpiresAt).toEqual(day('2026-03-10'));
    expect([priced.subtotalCents, priced.vatCents, priced.totalCents]).toEqual([6000, 1320, 7320]);
  });
});
