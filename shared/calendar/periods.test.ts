import { describe, expect, it } from 'vitest';
import { dayBefore, daysBetween, periodName, periodOf } from './periods';

describe('report periods', () => {
  it.each([
    ['day', '2026-11-23', '2026-11-23', '2026-11-23'],
    ['week', '2026-11-25', '2026-11-23', '2026-11-29'],
    ['week', '2026-11-23', '2026-11-23', '2026-11-29'],
    ['month', '2026-02-10', '2026-02-01', '2026-02-28'],
    ['quarter', '2026-11-23', '2026-10-01', '2026-12-31'],
    ['quarter', '2027-02-01', '2027-01-01', '2027-03-31'],
    ['quarter', '2026-06-30', '2026-04-01', '2026-06-30'],
    ['month', '2028-02-29', '2028-02-01', '2028-02-29'],
    ['week', '2026-11-29', '2026-11-23', '2026-11-29'],
    ['week', '2027-01-01', '2026-12-28', '2027-01-03'],
    ['year', '2026-11-23', '2026-04-01', '2027-03-31'],
    ['year', '2027-03-31', '2026-04-01', '2027-03-31'],
    ['year', '2027-04-01', '2027-04-01', '2028-03-31'],
    ['day', '2026-11-23', '2026-11-23', '2026-11-23'],
  ] as const)('%s containing %s runs %s to %s', (kind, day, from, to) => {
    expect(periodOf(kind, day)).toMatchObject({ from, to });
  });

  it('names quarters by the council’s financial year', () => {
    expect(periodOf('quarter', '2026-11-23').label).toBe('Q3 2026/27');
    expect(periodOf('quarter', '2027-02-01').label).toBe('Q4 2026/27');
    expect(periodOf('quarter', '2026-04-01').label).toBe('Q1 2026/27');
    expect(periodOf('quarter', '2099-07-01').label).toBe('Q2 2099/00');
    expect(periodOf('year', '2027-01-15').label).toBe('Financial year 2026/27');
    expect(periodOf('month', '2026-11-23').label).toBe('2026-11');
    expect(periodOf('week', '2026-11-25').label).toBe('Week beginning 2026-11-23');
    expect(periodOf('day', '2026-11-25').label).toBe('2026-11-25');
  });
});

describe('period names for returns', () => {
  it.each([
    ['2026-11-01', '2026-11-30', '2026-11'],
    ['2026-10-01', '2026-12-31', 'Q3 2026/27'],
    ['2027-01-01', '2027-03-31', 'Q4 2026/27'],
    ['2026-11-01', '2026-11-29', '2026-11-01..2026-11-29'],
    ['2026-11-02', '2026-11-30', '2026-11-02..2026-11-30'],
    ['2026-10-01', '2026-12-30', '2026-10-01..2026-12-30'],
    ['2026-11-01', '2026-12-31', '2026-11-01..2026-12-31'],
    ['2026-10-01', '2026-11-30', '2026-10-01..2026-11-30'],
    ['2026-04-01', '2027-03-31', '2026/27'],
    ['1999-04-01', '2000-03-31', '1999/00'],
    ['2026-04-01', '2027-03-30', '2026-04-01..2027-03-30'],
    ['2026-04-02', '2027-03-31', '2026-04-02..2027-03-31'],
    ['2026-01-01', '2026-12-31', '2026-01-01..2026-12-31'],
  ])('%s to %s is %s', (from, to, name) => {
    expect(periodName(from, to)).toBe(name);
  });
});

describe('days in a range', () => {
  it('lists every day inclusive, across month, year and leap-day boundaries', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(daysBetween('2026-12-31', '2027-01-01')).toEqual(['2026-12-31', '2027-01-01']);
    expect(daysBetween('2026-11-25', '2026-11-25')).toEqual(['2026-11-25']);
    expect(daysBetween('2026-11-26', '2026-11-25')).toEqual([]);
    expect(daysBetween('2026-04-01', '2027-03-31')).toHaveLength(365);
  });

  it('knows the day before', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2028-03-01')).toBe('2028-02-29');
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
  });
});
