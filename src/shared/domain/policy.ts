/**
 * Business policy: every tunable number of the domain (DOMAIN.md, "policy").
 * Defaults below; `loadPolicy` overrides them from environment variables.
 */
import { z } from 'zod';

export interface Policy {
  /** R2: days before expiry from which the expiry is shown as a warning. */
  readonly expiryWarningDays: number;
  /** R3: days before expiry at which auto-renew charges. */
  readonly autoRenewLeadDays: number;
  /** R6: days after expiry (day 0 = expiry day) during which the service is suspended. */
  readonly graceDays: number;
  /** R8: GB included in the base service. */
  readonly includedStorageGb: number;
  /** Bytes in one sold GB unit. */
  readonly bytesPerGb: number;
  /** R9: usage percentage above which storage is shown as a warning. */
  readonly storageWarningPercent: number;
  /** R22: VAT percentage. */
  readonly vatPercent: number;
  /** R19: minimum years of a renewal. */
  readonly minYears: number;
  /** R19: maximum years of a renewal. */
  readonly maxYears: number;
  /** R19: maximum years when a cart holds a product in promotion. */
  readonly promoMaxYears: number;
  /** Days between retries of a failed auto-renew charge. */
  readonly autoRenewRetryDays: number;
  /** Maximum auto-renew charge attempts per expiry. */
  readonly autoRenewMaxAttempts: number;
  /** Days before deletion (end of grace) at which a deletion notice is sent, descending. */
  readonly deletionNoticeDays: readonly number[];
  /** Maximum size in bytes of one document's content. */
  readonly maxDocumentBytes: number;
  /** ISO 4217 currency of all amounts. */
  readonly currency: string;
}

export const defaultPolicy: Policy = Object.freeze({
  expiryWarningDays: 60,
  autoRenewLeadDays: 7,
  graceDays: 90,
  includedStorageGb: 1,
  bytesPerGb: 1_073_741_824,
  storageWarningPercent: 80,
  vatPercent: 22,
  minYears: 1,
  maxYears: 10,
  promoMaxYears: 2,
  autoRenewRetryDays: 1,
  autoRenewMaxAttempts: 3,
  deletionNoticeDays: Object.freeze([30, 7, 1]),
  maxDocumentBytes: 10_485_760,
  currency: 'EUR',
});

type NumericKey = { [K in keyof Policy]: Policy[K] extends number ? K : never }[keyof Policy];

/** Environment variable name and lower bound of each integer field. */
const INT_VARS: readonly (readonly [NumericKey, string, number])[] = [
  ['expiryWarningDays', 'POLICY_EXPIRY_WARNING_DAYS', 0],
  ['autoRenewLeadDays', 'POLICY_AUTO_RENEW_LEAD_DAYS', 0],
  ['graceDays', 'POLICY_GRACE_DAYS', 0],
  ['includedStorageGb', 'POLICY_INCLUDED_STORAGE_GB', 0],
  ['bytesPerGb', 'POLICY_BYTES_PER_GB', 1],
  ['storageWarningPercent', 'POLICY_STORAGE_WARNING_PERCENT', 0],
  ['vatPercent', 'POLICY_VAT_PERCENT', 0],
  ['minYears', 'POLICY_MIN_YEARS', 1],
  ['maxYears', 'POLICY_MAX_YEARS', 1],
  ['promoMaxYears', 'POLICY_PROMO_MAX_YEARS', 1],
  ['autoRenewRetryDays', 'POLICY_AUTO_RENEW_RETRY_DAYS', 0],
  ['autoRenewMaxAttempts', 'POLICY_AUTO_RENEW_MAX_ATTEMPTS', 0],
  ['maxDocumentBytes', 'POLICY_MAX_DOCUMENT_BYTES', 1],
];

const DELETION_NOTICE_VAR = 'POLICY_DELETION_NOTICE_DAYS';
const CURRENCY_VAR = 'POLICY_CURRENCY';

/** Blank or missing -> undefined (use the default). */
function present(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function parseOrThrow<T>(schema: z.ZodType<T>, name: string, raw: string): T {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const detail = result.error.issues.map((i) => i.message).join('; ');
    throw new Error(`Invalid environment variable ${name}=${JSON.stringify(raw)}: ${detail}`);
  }
  return result.data;
}

const intSchema = (min: number): z.ZodType<number> =>
  z
    .string()
    .regex(/^-?\d+$/, 'expected an integer')
    .transform(Number)
    .pipe(z.number().int().min(min, `expected an integer >= ${min}`).max(Number.MAX_SAFE_INTEGER, 'too large'));

const noticeDaysSchema: z.ZodType<number[]> = z
  .string()
  .transform((s) => s.split(',').map((p) => p.trim()))
  .pipe(z.array(z.string().regex(/^\d+$/, 'expected comma-separated integers >= 1 (e.g. "30,7,1")')))
  .transform((parts) => parts.map(Number))
  .pipe(z.array(z.number().int().min(1, 'expected comma-separated integers >= 1 (e.g. "30,7,1")')));

const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'expected a 3-letter ISO 4217 code such as EUR');

/**
 * Builds the policy from `env` (e.g. `process.env`), falling back to `defaultPolicy`.
 * Throws an Error naming the offending variable when a value is malformed or inconsistent.
 */
export function loadPolicy(env: Record<string, string | undefined>): Policy {
  const policy: { -readonly [K in keyof Policy]: Policy[K] } = { ...defaultPolicy };
  for (const [key, name, min] of INT_VARS) {
    const raw = present(env[name]);
    if (raw !== undefined) policy[key] = parseOrThrow(intSchema(min), name, raw);
  }
  const notices = present(env[DELETION_NOTICE_VAR]);
  if (notices !== undefined) {
    const days = parseOrThrow(noticeDaysSchema, DELETION_NOTICE_VAR, notices);
    policy.deletionNoticeDays = Object.freeze([...new Set(days)].sort((a, b) => b - a));
  }
  const currency = present(env[CURRENCY_VAR]);
  if (currency !== undefined) policy.currency = parseOrThrow(currencySchema, CURRENCY_VAR, currency);
  assertConsistent(policy);
  return Object.freeze(policy);
}

function assertConsistent(p: Policy): void {
  if (p.minYears > p.maxYears) {
    throw new Error(`Invalid environment variable POLICY_MIN_YEARS: ${p.minYears} exceeds POLICY_MAX_YEARS ${p.maxYears}`);
  }
  if (p.promoMaxYears < p.minYears || p.promoMaxYears > p.maxYears) {
    throw new Error(
      `Invalid environment variable POLICY_PROMO_MAX_YEARS: ${p.promoMaxYears} must be between POLICY_MIN_YEARS and POLICY_MAX_YEARS`,
    );
  }
  if (p.storageWarningPercent > 100) {
    throw new Error(`Invalid environment variable POLICY_STORAGE_WARNING_PERCENT: ${p.storageWarningPercent} exceeds 100`);
  }
}
