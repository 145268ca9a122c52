import { describe, expect, it } from 'vitest';
import { defaultPolicy, loadPolicy } from '../../src/shared/domain/policy.js';

describe('policy', () => {
  it('R22: policy defaults match DOMAIN.md (R2 60, R3 7, R6 90, R8 1, R9 80, R19 1..10 / promo 2, R22 VAT 22)', () => {
    // given / when
    const p = defaultPolicy;
    // then
    expect(p.expiryWarningDays).toBe(60);
    expect(p.autoRenewLeadDays).toBe(7);
    expect(p.graceDays).toBe(90);
    expect(p.includedStorageGb).toBe(1);
    expect(p.bytesPerGb).toBe(1_073_741_824);
    expect(p.storageWarningPercent).toBe(80);
    expect(p.vatPercent).toBe(22);
    expect([p.minYears, p.maxYears, p.promoMaxYears]).toEqual([1, 10, 2]);
    expect(p.deletionNoticeDays).toEqual([30, 7, 1]);
    expect(p.currency).toBe('EUR');
  });

  it('R6: an empty environment gives the defaults', () => {
    // given / when
    const p = loadPolicy({});
    // then
    expect(p).toEqual(defaultPolicy);
  });

  it('R6: env overrides grace days (60) and R2 warning days (90) where the pages disagree', () => {
    // given
    const env = { POLICY_GRACE_DAYS: '60', POLICY_EXPIRY_WARNING_DAYS: ' 90 ', POLICY_VAT_PERCENT: '' };
    // when
    const p = loadPolicy(env);
    // then
    expect(p.graceDays).toBe(60);
    expect(p.expiryWarningDays).toBe(90);
    expect(p.vatPercent).toBe(22);
  });

  it('R6: deletion notice days are parsed from a comma-separated list, sorted descending', () => {
    // given / when
    const p = loadPolicy({ POLICY_DELETION_NOTICE_DAYS: '1, 14,30' });
    // then
    expect(p.deletionNoticeDays).toEqual([30, 14, 1]);
  });

  it('R22: a malformed value throws an error naming the variable', () => {
    // given / when / then
    expect(() => loadPolicy({ POLICY_VAT_PERCENT: 'abc' })).toThrow(/POLICY_VAT_PERCENT/);
    expect(() => loadPolicy({ POLICY_GRACE_DAYS: '1.5' })).toThrow(/POLICY_GRACE_DAYS/);
    expect(() => loadPolicy({ POLICY_GRACE_DAYS: '-1' })).toThrow(/POLICY_GRACE_DAYS/);
    expect(() => loadPolicy({ POLICY_DELETION_NOTICE_DAYS: '30,x' })).toThrow(/POLICY_DELETION_NOTICE_DAYS/);
    expect(() => loadPolicy({ POLICY_CURRENCY: 'euro' })).toThrow(/POLICY_CURRENCY/);
  });

  it('R19: inconsistent year bounds are refused', () => {
    // given / when / then
    expect(() => loadPolicy({ POLICY_MIN_YEARS: '5', POLICY_MAX_YEARS: '3' })).toThrow(/POLICY_MIN_YEARS/);
    expect(() => loadPolicy({ POLICY_PROMO_MAX_YEARS: '11' })).toThrow(/POLICY_PROMO_MAX_YEARS/);
  });
});
