/**
 * UK bank holidays by region, computed from the rules in the Banking and
 * Financial Dealings Act 1971 and the yearly proclamations, for any year the
 * rules cover. A date outside those years is an error, never a silent "no
 * holiday": a complaint due date in 2150 must not pretend to be known.
 *
 * The rules:
 * - New Year's Day, Christmas Day, Boxing Day (and in Scotland 2 January and
 *   St Andrew's Day; in Northern Ireland St Patrick's Day and the Battle of
 *   the Boyne): on a weekend, the holiday moves to the next weekday not
 *   already a holiday;
 * - Good Friday everywhere; Easter Monday in England, Wales and Northern
 *   Ireland;
 * - early May (first Monday), spring (last Monday in May), summer (last
 *   Monday in August; first Monday in August in Scotland);
 * - one-off changes by proclamation (royal events), listed below.
 */
export type HolidayRegion = 'england-and-wales' | 'scotland' | 'northern-ireland';
export const HOLIDAY_REGIONS: readonly HolidayRegion[] = ['england-and-wales', 'scotland', 'northern-ireland'];
export const HOLIDAY_REGION_LABELS: Record<HolidayRegion, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/**
 * Years the rules are known to hold for. Before 2010 there were one-off days
 * not listed here; after 2099 nobody can say. Checked against GOV.UK's
 * published years and an independent library in the tests.
 */
export const RULES_COVER = { fromYear: 2010, toYear: 2099 } as const;

export class DateNotCoveredError extends Error {
  constructor(readonly day: string) {
    super(`UK bank holidays are known for ${RULES_COVER.fromYear} to ${RULES_COVER.toYear} only; ${day} is outside those years.`);
    this.name = 'DateNotCoveredError';
  }
}

/** One-off changes by proclamation, the same in every region. */
interface Proclamation {
  /** A rule-made day that did not happen that year (moved). */
  drop?: string;
  add: string[];
}
function proclamation(year: number): Proclamation | undefined {
  switch (year) {
    case 2011:
      return { add: ['2011-04-29'] }; // royal wedding
    case 2012:
      return { drop: '2012-05-28', add: ['2012-06-04', '2012-06-05'] }; // Diamond Jubilee: spring moved, one extra
    case 2020:
      return { drop: '2020-05-04', add: ['2020-05-08'] }; // VE Day 75: early May moved to Friday
    case 2022:
      return { drop: '2022-05-30', add: ['2022-06-02', '2022-06-03', '2022-09-19'] }; // Platinum Jubilee; the Queen's funeral
    case 2023:
      return { add: ['2023-05-08'] }; // coronation
    // Stryker disable next-line ConditionalExpression: falling out of the switch returns undefined too
    default:
      return undefined;
  }
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const weekday = (ms: number) => new Date(ms).getUTCDay();
const isWeekend = (ms: number) => weekday(ms) === 0 || weekday(ms) === 6;

/** Easter Sunday, Gregorian (the anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function firstMonday(year: number, month: number): number {
  const first = Date.UTC(year, month - 1, 1);
  return first + ((8 - weekday(first)) % 7) * DAY_MS;
}

function lastMonday(year: number, month: number): number {
  const last = Date.UTC(year, month, 0);
  return last - ((weekday(last) + 6) % 7) * DAY_MS;
}

/** Fixed-date holidays, in order: each on a weekend takes the next free weekday. */
function withSubstitutes(days: number[], taken: Set<string>): void {
  for (const ms of days) {
    let d = ms;
    while (isWeekend(d) || taken.has(iso(d))) d += DAY_MS;
    taken.add(iso(d));
  }
}

const cache = new Map<string, ReadonlySet<string>>();

const covered = (year: number) => Number.isInteger(year) && year >= RULES_COVER.fromYear && year <= RULES_COVER.toYear;

/** The bank holidays of a year in a region, as YYYY-MM-DD. Throws DateNotCoveredError outside RULES_COVER. */
export function bankHolidays(year: number, region: HolidayRegion): ReadonlySet<string> {
  if (!covered(year)) throw new DateNotCoveredError(`${year}`);
  return holidaysOf(year, region);
}

function holidaysOf(year: number, region: HolidayRegion): ReadonlySet<string> {
  const key = `${region}:${year}`;
  const hit = cache.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; recomputing gives the same set
  if (hit) return hit;
  const at = (m: number, d: number) => Date.UTC(year, m - 1, d);
  const days = new Set<string>();
  const easter = Date.parse(`${easterSunday(year)}T00:00:00Z`);
  days.add(iso(easter - 2 * DAY_MS));
  if (region !== 'scotland') days.add(iso(easter + DAY_MS));
  days.add(iso(firstMonday(year, 5)));
  days.add(iso(lastMonday(year, 5)));
  days.add(iso(region === 'scotland' ? firstMonday(year, 8) : lastMonday(year, 8)));
  const oneOff = proclamation(year);
  if (oneOff?.drop) days.delete(oneOff.drop);
  for (const d of oneOff?.add ?? []) days.add(d);
  withSubstitutes(region === 'scotland' ? [at(1, 1), at(1, 2)] : [at(1, 1)], days);
  if (region === 'northern-ireland') withSubstitutes([at(3, 17)], days);
  if (region === 'northern-ireland') withSubstitutes([at(7, 12)], days);
  if (region === 'scotland') withSubstitutes([at(11, 30)], days);
  withSubstitutes([at(12, 25), at(12, 26)], days);
  const frozen: ReadonlySet<string> = days;
  cache.set(key, frozen);
  return frozen;
}

/** Is this day (YYYY-MM-DD) a bank holiday in the region? Throws DateNotCoveredError outside RULES_COVER. */
export function isBankHoliday(day: string, region: HolidayRegion): boolean {
  const year = Number(day.slice(0, 4));
  if (!covered(year)) throw new DateNotCoveredError(day);
  return holidaysOf(year, region).has(day);
}
