/** Storage usage, warnings and recommended quantity (R8-R11). */
import { addDays, daysBetween, startOfUtcDay } from '../../../shared/domain/dates.js';
import type { Policy } from '../../../shared/domain/policy.js';
import { STORAGE_CATEGORIES } from '../../../shared/domain/types.js';
import type { StorageCategory } from '../../../shared/domain/types.js';

export interface StorageFacts {
  usedBytes: number;
  /** Total GB bought, including the included GB. */
  boughtGb: number;
  breakdown: Record<StorageCategory, number>;
  /** When consumption started (service bought). */
  since: Date;
  expiresAt: Date;
}

export interface StorageUsage {
  boughtGb: number;
  boughtBytes: number;
  usedBytes: number;
  /** Percentage of bought storage used, truncated to 2 decimals (may exceed 100, R14). */
  percentUsed: number;
  warning: boolean;
  full: boolean;
  breakdown: { category: StorageCategory; bytes: number }[];
  averageDailyBytes: number;
  recommendedExtraGb: number;
  projectedFullAt: Date | null;
}

/** Bytes bought (R8). */
export function boughtBytes(boughtGb: number, policy: Policy): number {
  return boughtGb * policy.bytesPerGb;
}

/**
 * Usage in hundredths of a percent, truncated (8001 = 80.01%).
 * Truncation never shows 100.00 before the storage is actually full.
 */
export function usageBasisPoints(usedBytes: number, boughtGb: number, policy: Policy): number {
  const bought = BigInt(boughtBytes(boughtGb, policy));
  if (bought === 0n) return usedBytes > 0 ? 10_000 : 0;
  return Number((BigInt(Math.floor(usedBytes)) * 10_000n) / bought);
}

/** R9: red strictly above `storageWarningPercent` on the displayed (2-decimal) percentage. */
export function isStorageWarning(usedBytes: number, boughtGb: number, policy: Policy): boolean {
  return usageBasisPoints(usedBytes, boughtGb, policy) > policy.storageWarningPercent * 100;
}

/** Integer average bytes per day since `since` (at least one day). */
export function averageDailyBytes(usedBytes: number, since: Date, now: Date): number {
  return Math.floor(usedBytes / Math.max(1, daysBetween(since, now)));
}

/** R11: extra GB to buy so that usage fits until expiry at the current average rate. */
export function recommendedExtraGb(usedBytes: number, avgPerDay: number, daysToExpiry: number, boughtGb: number, policy: Policy): number {
  const projected = BigInt(Math.floor(usedBytes)) + BigInt(Math.floor(avgPerDay)) * BigInt(Math.max(0, daysToExpiry));
  const gb = BigInt(policy.bytesPerGb);
  const neededGb = Number((projected + gb - 1n) / gb);
  return Math.max(0, neededGb - boughtGb);
}

/** Days beyond which `projectedFullAt` is not given. */
export const MAX_PROJECTION_DAYS = 36_525;

/** Full usage view of a service at `now`. */
export function storageUsage(facts: StorageFacts, now: Date, policy: Policy): StorageUsage {
  const bought = boughtBytes(facts.boughtGb, policy);
  const used = facts.usedBytes;
  const basisPoints = usageBasisPoints(used, facts.boughtGb, policy);
  const full = used >= bought;
  const avg = averageDailyBytes(used, facts.since, now);
  const today = startOfUtcDay(now);
  let projectedFullAt: Date | null = null;
  if (full) projectedFullAt = now;
  else if (avg > 0) {
    // Beyond a century the projection means nothing (and could leave the Date range).
    const days = Math.ceil((bought - used) / avg);
    projectedFullAt = days <= MAX_PROJECTION_DAYS ? addDays(today, days) : null;
  }
  return {
    boughtGb: facts.boughtGb,
    boughtBytes: bought,
    usedBytes: used,
    percentUsed: basisPoints / 100,
    warning: basisPoints > policy.storageWarningPercent * 100,
    full,
    breakdown: STORAGE_CATEGORIES.map((category) => ({ category, bytes: facts.breakdown[category] })),
    averageDailyBytes: avg,
    recommendedExtraGb: recommendedExtraGb(used, avg, daysBetween(today, facts.expiresAt), facts.boughtGb, policy),
    projectedFullAt,
  };
}

/** True when adding `deltaBytes` would go beyond what was bought (reaching exactly 100% is allowed). */
export function wouldExceedQuota(usedBytes: number, deltaBytes: number, boughtGb: number, policy: Policy): boolean {
  return usedBytes + deltaBytes > boughtBytes(boughtGb, policy);
}

/** True when one document's content is larger than `policy.maxDocumentBytes`. */
export function exceedsDocumentSize(sizeBytes: number, policy: Policy): boolean {
  return sizeBytes > policy.maxDocumentBytes;
}
