import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { DateNotCoveredError, HOLIDAY_REGIONS, HOLIDAY_REGION_LABELS, RULES_COVER, bankHolidays, easterSunday, isBankHoliday } from './bank-holidays';
import type { HolidayRegion } from './bank-holidays';

const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('UK bank holidays as GOV.UK published them', () => {
  it.each([
    [
      'england-and-wales',
      2022,
      ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'],
    ],
    ['england-and-wales', 2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
    ['england-and-wales', 2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']],
    ['england-and-wales', 2020, ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28']],
    ['england-and-wales', 2012, ['2012-01-02', '2012-04-06', '2012-04-09', '2012-05-07', '2012-06-04', '2012-06-05', '2012-08-27', '2012-12-25', '2012-12-26']],
    ['england-and-wales', 2011, ['2011-01-03', '2011-04-22', '2011-04-25', '2011-04-29', '2011-05-02', '2011-05-30', '2011-08-29', '2011-12-26', '2011-12-27']],
    [
      'scotland',
      2023,
      ['2023-01-02', '2023-01-03', '2023-04-07', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-07', '2023-11-30', '2023-12-25', '2023-12-26'],
    ],
    ['scotland', 2026, ['2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28']],
    ['scotland', 2027, ['2027-01-01', '2027-01-04', '2027-03-26', '2027-05-03', '2027-05-31', '2027-08-02', '2027-11-30', '2027-12-27', '2027-12-28']],
    ['scotland', 2024, ['2024-01-01', '2024-01-02', '2024-03-29', '2024-05-06', '2024-05-27', '2024-08-05', '2024-12-02', '2024-12-25', '2024-12-26']],
    [
      'northern-ireland',
      2026,
      ['2026-01-01', '2026-03-17', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-07-13', '2026-08-31', '2026-12-25', '2026-12-28'],
    ],
    [
      'northern-ireland',
      2024,
      ['2024-01-01', '2024-03-18', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-07-12', '2024-08-26', '2024-12-25', '2024-12-26'],
    ],
    [
      'northern-ireland',
      2027,
      ['2027-01-01', '2027-03-17', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-07-12', '2027-08-30', '2027-12-27', '2027-12-28'],
    ],
  ] as const)('%s %i', (region, year, days) => {
    expect(sorted(bankHolidays(year, region))).toEqual([...days]);
  });

  it.each([
    [2010, '2010-04-04'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'],
    [2049, '2049-04-18'],
    [2057, '2057-04-22'],
    [2086, '2086-03-31'],
    [2095, '2095-04-24'],
  ])('Easter Sunday %i is %s', (year, day) => {
    expect(easterSunday(year)).toBe(day);
  });

  // An independent implementation (date-holidays, pinned) agrees on every weekday
  // holiday of every covered year, except two one-off proclamations it lacks.
  const LIBRARY_LACKS: Record<number, { ours: string[]; theirs: string[] }> = {
    2011: { ours: ['2011-04-29'], theirs: [] }, // royal wedding
    2012: { ours: ['2012-06-04'], theirs: ['2012-05-28'] }, // spring holiday moved for the Diamond Jubilee
  };
  const CODES: Record<HolidayRegion, string> = { 'england-and-wales': 'ENG', scotland: 'SCT', 'northern-ireland': 'NIR' };
  it.each(HOLIDAY_REGIONS)('agrees with an independent library for %s, every covered year', (region) => {
    const library = new Holidays('GB', CODES[region]);
    for (let year = RULES_COVER.fromYear; year <= RULES_COVER.toYear; year++) {
      const theirs = new Set(
        library
          .getHolidays(year)
          .filter((h) => h.type === 'public' || h.type === 'bank')
          .map((h) => h.date.slice(0, 10))
          .filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())),
      );
      const ours = bankHolidays(year, region);
      const onlyOurs = [...ours].filter((d) => !theirs.has(d));
      const onlyTheirs = [...theirs].filter((d) => !ours.has(d));
      const known = LIBRARY_LACKS[year] ?? { ours: [], theirs: [] };
      expect({ year, onlyOurs, onlyTheirs }).toEqual({ year, onlyOurs: known.ours, onlyTheirs: known.theirs });
    }
  });
});

describe('dates the rules do not cover', () => {
  it.each([2009, 2100, 2150, 1999.5])('refuses the year %s instead of answering', (year) => {
    expect(() => bankHolidays(year, 'england-and-wales')).toThrow(DateNotCoveredError);
  });

  it('names the day and the years it knows', () => {
    expect(() => isBankHoliday('2100-01-01', 'scotland')).toThrow('UK bank holidays are known for 2010 to 2099 only; 2100-01-01 is outside those years.');
    expect(() => isBankHoliday('2009-12-31', 'scotland')).toThrow(DateNotCoveredError);
  });

  it('answers on the first and last covered days', () => {
    expect(isBankHoliday('2010-01-01', 'england-and-wales')).toBe(true);
    expect(isBankHoliday('2099-12-25', 'england-and-wales')).toBe(true);
    expect(isBankHoliday('2099-12-24', 'england-and-wales')).toBe(false);
  });
});

describe('Easter in any century (the rule has no year limit of its own)', () => {
  it.each([
    [1818, '1818-03-22'], // the earliest possible
    [1886, '1886-04-25'], // the latest possible
    [1900, '1900-04-15'],
    [1943, '1943-04-25'],
    [1961, '1961-04-02'],
    [2000, '2000-04-23'],
    [2285, '2285-03-22'],
  ])('%i: %s', (year, day) => {
    expect(easterSunday(year)).toBe(day);
  });
});

describe('the refusal', () => {
  it('is a DateNotCoveredError by name and says which year', () => {
    const thrown = (() => {
      try {
        bankHolidays(2100, 'scotland');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(DateNotCoveredError);
    expect((thrown as Error).name).toBe('DateNotCoveredError');
    expect((thrown as Error).message).toBe('UK bank holidays are known for 2010 to 2099 only; 2100 is outside those years.');
    expect(() => isBankHoliday('abcd-01-01', 'scotland')).toThrow(DateNotCoveredError);
  });

  it('gives every region a name people know', () => {
    expect(HOLIDAY_REGIONS.map((r) => HOLIDAY_REGION_LABELS[r])).toEqual(['England and Wales', 'Scotland', 'Northern Ireland']);
  });
});
