import { describe, expect, it } from 'vitest';
import { defaultPolicy as policy } from '../../src/shared/domain/policy.js';
import { exceedsDocumentSize, recommendedExtraGb, storageUsage, wouldExceedQuota } from '../../src/modules/subscriptions/domain/storage.js';
import type { StorageFacts } from '../../src/modules/subscriptions/domain/storage.js';
import { GB, day } from './helpers.js';

const breakdown = { INVOICES_SENT: 0, INVOICES_RECEIVED: 0, DOCUMENTS: 0, INSTALLMENTS: 0, ELECTRONIC_ORDERS: 0 };

function usage(over: Partial<StorageFacts>, now = day('2024-04-10')) {
  const f: StorageFacts = {
    usedBytes: 0,
    boughtGb: 1,
    breakdown,
    since: day('2024-01-01'),
    expiresAt: day('2024-10-27'),
    ...over,
  };
  return storageUsage(f, now, policy);
}

describe('storage usage', () => {
  it('R8: bought storage is whole GB and the breakdown lists every category in fixed order', () => {
    // given
    const parts = { DOCUMENTS: 3, INVOICES_RECEIVED: 2, ELECTRONIC_ORDERS: 5, INSTALLMENTS: 4, INVOICES_SENT: 1 };
    // when
    const u = usage({ usedBytes: 15, boughtGb: 3, breakdown: parts });
    // then
    expect(u.boughtBytes).toBe(3 * GB);
    expect(u.breakdown).toEqual([
      { category: 'INVOICES_SENT', bytes: 1 },
      { category: 'INVOICES_RECEIVED', bytes: 2 },
      { category: 'DOCUMENTS', bytes: 3 },
      { category: 'INSTALLMENTS', bytes: 4 },
      { category: 'ELECTRONIC_ORDERS', bytes: 5 },
    ]);
  });

  it('R9: 80.00% is not a warning, 80.01% is', () => {
    // given: 5 GB bought; 80% is exactly 4 GB; 0.01% of 5 GB is 536 870.912 bytes
    const at80 = usage({ boughtGb: 5, usedBytes: 4 * GB });
    const at8001 = usage({ boughtGb: 5, usedBytes: 4 * GB + 536_871 });
    // then
    expect(at80.percentUsed).toBe(80);
    expect(at80.warning).toBe(false);
    expect(at8001.percentUsed).toBe(80.01);
    expect(at8001.warning).toBe(true);
  });

  it('R9: the percentage is truncated, never showing 100.00 before the storage is full', () => {
    // given / when
    const u = usage({ boughtGb: 1, usedBytes: GB - 1 });
    // then
    expect(u.percentUsed).toBe(99.99);
    expect(u.full).toBe(false);
  });

  it('R10: full at exactly 100%, and usage may go beyond it (received invoices keep arriving)', () => {
    // given / when
    const full = usage({ boughtGb: 1, usedBytes: GB });
    const over = usage({ boughtGb: 1, usedBytes: GB + GB / 2 });
    // then
    expect(full.full).toBe(true);
    expect(full.percentUsed).toBe(100);
    expect(full.projectedFullAt).toEqual(day('2024-04-10'));
    expect(over.percentUsed).toBe(150);
  });

  it('R11: recommended quantity on a known consumption history', () => {
    // given: bought 2024-01-01, today 2024-04-10 (100 days), used 1.5 GB = 1 610 612 736 bytes,
    //   2 GB bought, expiry 2024-10-27 (200 days away)
    // by hand: avg = floor(1 610 612 736 / 100) = 16 106 127 bytes/day
    //   projected = 1 610 612 736 + 16 106 127 * 200 = 4 831 838 136 bytes = 4.4999... GB -> ceil 5
    //   recommended = max(0, 5 - 2) = 3 extra GB
    //   runs out: (2 GB - 1.5 GB) / avg = 536 870 912 / 16 106 127 = 33.33 -> 34 days -> 2024-05-14
    // when
    const u = usage({ usedBytes: 1_610_612_736, boughtGb: 2 });
    // then
    expect(u.averageDailyBytes).toBe(16_106_127);
    expect(u.recommendedExtraGb).toBe(3);
    expect(u.projectedFullAt).toEqual(day('2024-05-14'));
  });

  it('R11: no recommendation when usage fits, nor past expiry; no projection without consumption', () => {
    // given / when / then
    expect(recommendedExtraGb(100, 1, 365, 1, policy)).toBe(0);
    expect(recommendedExtraGb(GB / 2, GB, -5, 1, policy)).toBe(0);
    const fresh = usage({ usedBytes: 0, since: day('2024-04-10') });
    expect(fresh.averageDailyBytes).toBe(0);
    expect(fresh.projectedFullAt).toBeNull();
  });

  it('R11: on the purchase day the average uses at least one day', () => {
    // given / when
    const u = usage({ usedBytes: 1000, since: day('2024-04-10') });
    // then
    expect(u.averageDailyBytes).toBe(1000);
  });

  it('R10: an upload that lands exactly on the quota is allowed, one byte more is not', () => {
    // given / when / then
    expect(wouldExceedQuota(GB - 10, 10, 1, policy)).toBe(false);
    expect(wouldExceedQuota(GB - 10, 11, 1, policy)).toBe(true);
  });

  it('R8: a single document may not exceed the maximum document size', () => {
    // given / when / then
    expect(exceedsDocumentSize(policy.maxDocumentBytes, policy)).toBe(false);
    expect(exceedsDocumentSize(policy.maxDocumentBytes + 1, policy)).toBe(true);
  });
});
