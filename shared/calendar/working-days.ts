/**
 * UK working days: Monday to Friday, less bank holidays. Complaints at the
 * counter are acknowledged within 5 working days and answered within 10
 * (Chorley's policy, seeds/003). The holiday table is data, overridable per
 * council; England and Wales by default.
 */

/** England and Wales bank holidays (GOV.UK), including substitute days. */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = [
  '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26',
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
  '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
];

const DAY_MS = 86_400_000;

function toUtc(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(toUtc(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/** The date n working days after `day` (the day itself does not count). */
export function addWorkingDays(day: string, n: number, holidays: ReadonlySet<string>): string {
  let ms = toUtc(day);
  let left = n;
  while (left > 0) {
    ms += DAY_MS;
    if (isWorkingDay(fromUtc(ms), holidays)) left--;
  }
  return fromUtc(ms);
}

export function defaultHolidays(): ReadonlySet<string> {
  return new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);
}
