/** Integer money arithmetic (R20, R22): euro cents, BigInt, rounded half up once per amount. */
import { addYears, daysBetween } from '../../../shared/domain/dates.js';
import type { Policy } from '../../../shared/domain/policy.js';

/** Days of a pro-rata year. */
export const DAYS_PER_YEAR = 365;
/** Percentages are applied with 4 decimals of precision (12.5% -> 125000 / 1e6). */
const PERCENT_SCALE = 1_000_000n;

export interface Totals {
  subtotalCents: number;
  discountCents: number;
  vatCents: number;
  totalCents: number;
}

/** round(numerator / denominator) with halves rounded up; both must be >= 0 (denominator > 0). */
export function roundHalfUpDiv(numerator: bigint, denominator: bigint): bigint {
  if (numerator < 0n || denominator <= 0n) throw new RangeError('roundHalfUpDiv expects numerator >= 0 and denominator > 0');
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** Converts a BigInt amount back to a number, refusing values beyond the safe integer range. */
export function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`amount ${value} is beyond the safe integer range`);
  }
  return Number(value);
}

function nonNegativeInt(value: number, name: string): bigint {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  return BigInt(value);
}

/** `amountCents * percent / 100`, rounded half up; percent in [0, 100] with up to 4 decimals. */
export function percentOf(amountCents: number, percent: number): number {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) throw new RangeError(`percent out of range: ${percent}`);
  const scaled = BigInt(Math.round(percent * 10_000));
  return toSafeNumber(roundHalfUpDiv(nonNegativeInt(amountCents, 'amountCents') * scaled, PERCENT_SCALE));
}

/** Price of `quantity` units for whole `years`. */
export function fullYearsAmount(yearlyUnitPriceCents: number, quantity: number, years: number): number {
  const price = nonNegativeInt(yearlyUnitPriceCents, 'yearlyUnitPriceCents');
  return toSafeNumber(price * nonNegativeInt(quantity, 'quantity') * nonNegativeInt(years, 'years'));
}

/**
 * Days charged for the period [start, end): every whole calendar year counts 365 days
 * (so a leap year never costs more than a year), plus the remaining days.
 */
export function chargeableDays(start: Date, end: Date): number {
  let years = 0;
  while (addYears(start, years + 1).getTime() <= end.getTime()) years += 1;
  const rest = Math.max(0, daysBetween(addYears(start, years), end));
  return years * DAYS_PER_YEAR + Math.min(rest, DAYS_PER_YEAR);
}

/** R20: pro-rata price of extending `quantity` units over [start, end): yearly * qty * days / 365, half up. */
export function proRataAmount(yearlyUnitPriceCents: number, quantity: number, start: Date, end: Date): number {
  const days = BigInt(chargeableDays(start, end));
  const price = nonNegativeInt(yearlyUnitPriceCents, 'yearlyUnitPriceCents');
  return toSafeNumber(roundHalfUpDiv(price * nonNegativeInt(quantity, 'quantity') * days, BigInt(DAYS_PER_YEAR)));
}

/** R21, R22: discount, VAT and total from a subtotal; total = subtotal - discount + vat exactly. */
export function computeTotals(subtotalCents: number, discountPercent: number, policy: Policy): Totals {
  const discountCents = percentOf(subtotalCents, discountPercent);
  const taxable = subtotalCents - discountCents;
  const vatCents = percentOf(taxable, policy.vatPercent);
  return { subtotalCents, discountCents, vatCents, totalCents: taxable + vatCents };
}
