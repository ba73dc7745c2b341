import { describe, expect, it } from 'vitest';
import { periodOf } from './periods';

describe('report periods', () => {
  it.each([
    ['day', '2026-11-23', '2026-11-23', '2026-11-23'],
    ['week', '2026-11-25', '2026-11-23', '2026-11-29'],
    ['week', '2026-11-23', '2026-11-23', '2026-11-29'],
    ['month', '2026-02-10', '2026-02-01', '2026-02-28'],
    ['quarter', '2026-11-23', '2026-10-01', '2026-12-31'],
    ['quarter', '2027-02-01', '2027-01-01', '2027-03-31'],
  ] as const)('%s containing %s runs %s to %s', (kind, day, from, to) => {
    expect(periodOf(kind, day)).toMatchObject({ from, to });
  });

  it('names quarters by the council’s financial year', () => {
    expect(periodOf('quarter', '2026-11-23').label).toBe('Q3 2026/27');
    expect(periodOf('quarter', '2027-02-01').label).toBe('Q4 2026/27');
    expect(periodOf('quarter', '2026-04-01').label).toBe('Q1 2026/27');
  });
});
