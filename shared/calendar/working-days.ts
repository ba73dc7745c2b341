import { isBankHoliday } from './bank-holidays';
import { isDay } from './day';
import type { HolidayRegion } from './bank-holidays';

/**
 * UK working days: Monday to Friday, less the bank holidays of the council's
 * region and any one-off days the council closes (set in Settings).
 * Complaints at the counter are acknowledged within 5 working days and
 * answered within 10 (Chorley's complaints policy).
 *
 * A day outside the years the holiday rules cover throws DateNotCoveredError
 * (from bank-holidays.ts): a due date is never silently wrong.
 */
export interface HolidayCalendar {
  region: HolidayRegion;
  /** Extra days the council is closed, YYYY-MM-DD. */
  extraClosedDays: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;

function toUtc(day: string): number {
  if (!isDay(day)) throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string, calendar: HolidayCalendar): boolean {
  const weekday = new Date(toUtc(day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !calendar.extraClosedDays.has(day) && !isBankHoliday(day, calendar.region);
}

/** The date n working days after `day` (the day itself does not count). */
export function addWorkingDays(day: string, n: number, calendar: HolidayCalendar): string {
  let ms = toUtc(day);
  let left = n;
  while (left > 0) {
    ms += DAY_MS;
    if (isWorkingDay(fromUtc(ms), calendar)) left--;
  }
  return fromUtc(ms);
}

export function holidayCalendar(region: HolidayRegion = 'england-and-wales', extraClosedDays: Iterable<string> = []): HolidayCalendar {
  return { region, extraClosedDays: new Set(extraClosedDays) };
}
