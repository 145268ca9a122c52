/** Convention codes (R21) and module suggestions (R15). */
import { startOfUtcDay } from '../../../shared/domain/dates.js';
import { MODULE_CODES } from '../../../shared/domain/types.js';
import type { CartPurpose, Edition, ModuleCode } from '../../../shared/domain/types.js';

export interface Convention {
  code: string;
  /** First valid day (inclusive); null = no start limit. */
  validFrom: Date | null;
  /** Last valid day (inclusive); null = no end limit. */
  validTo: Date | null;
  /** Empty = every purpose. */
  applicablePurposes: CartPurpose[];
  /** Empty = every edition. */
  applicableEditions: Edition[];
  active: boolean;
}

export type ConventionCheck = { ok: true } | { ok: false; code: 'CONVENTION_EXPIRED' | 'CONVENTION_NOT_APPLICABLE' };

/** R21: a known convention code applies if active, in its validity window and for this purpose and edition. */
export function checkConvention(c: Convention, purpose: CartPurpose, edition: Edition, now: Date): ConventionCheck {
  const today = startOfUtcDay(now);
  if (!c.active || (c.validTo !== null && today > startOfUtcDay(c.validTo))) return { ok: false, code: 'CONVENTION_EXPIRED' };
  const notYet = c.validFrom !== null && today < startOfUtcDay(c.validFrom);
  const purposeOk = c.applicablePurposes.length === 0 || c.applicablePurposes.includes(purpose);
  const editionOk = c.applicableEditions.length === 0 || c.applicableEditions.includes(edition);
  return !notYet && purposeOk && editionOk ? { ok: true } : { ok: false, code: 'CONVENTION_NOT_APPLICABLE' };
}

/** R15: modules not bought yet, in catalog order ("you might also like"). */
export function suggestedModules(bought: readonly ModuleCode[]): ModuleCode[] {
  return MODULE_CODES.filter((m) => !bought.includes(m));
}
