import { describe, expect, it } from 'vitest';
import { addDays, addYears, daysBetween, startOfUtcDay, toIsoDate } from '../../src/shared/domain/dates.js';
import { day } from './helpers.js';

describe('dates', () => {
  it('R2: daysBetween counts whole UTC calendar days, ignoring the time of day', () => {
    // given
    const late = new Date('2025-01-01T23:59:59.999Z');
    // when / then
    expect(daysBetween(late, day('2025-03-02'))).toBe(60);
    expect(daysBetween(day('2025-03-02'), late)).toBe(-60);
    expect(daysBetween(late, new Date('2025-01-01T00:00:00Z'))).toBe(0);
  });

  it('R19: addYears maps Feb 29 to Feb 28 in non-leap years and keeps other days', () => {
    // given / when / then
    expect(toIsoDate(addYears(day('2024-02-29'), 1))).toBe('2025-02-28');
    expect(toIsoDate(addYears(day('2024-02-29'), 4))).toBe('2028-02-29');
    expect(toIsoDate(addYears(day('2025-03-02'), 10))).toBe('2035-03-02');
  });

  it('R6: addDays and startOfUtcDay work on UTC calendar days', () => {
    // given
    const now = new Date('2025-03-02T18:30:00Z');
    // when / then
    expect(startOfUtcDay(now).toISOString()).toBe('2025-03-02T00:00:00.000Z');
    expect(toIsoDate(addDays(day('2025-03-02'), 90))).toBe('2025-05-31');
    expect(toIsoDate(addDays(day('2025-03-01'), -1))).toBe('2025-02-28');
  });
});
