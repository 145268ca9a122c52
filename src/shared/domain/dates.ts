/** UTC calendar-day helpers. All functions are pure and never read the clock. */

export const MS_PER_DAY = 86_400_000;

/** The same instant truncated to 00:00:00.000 UTC. */
export function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** `d` moved by `n` whole days (UTC has no DST, so time of day is kept). */
export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * MS_PER_DAY);
}

/** `d` moved by `n` calendar years, keeping time of day; Feb 29 -> Feb 28 in non-leap years. */
export function addYears(d: Date, n: number): Date {
  const year = d.getUTCFullYear() + n;
  const month = d.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return new Date(Date.UTC(year, month, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
}

/** Whole UTC calendar days from `from` to `to` (to - from; negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((startOfUtcDay(to).getTime() - startOfUtcDay(from).getTime()) / MS_PER_DAY);
}

/** `YYYY-MM-DD` of the UTC calendar day. */
export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
