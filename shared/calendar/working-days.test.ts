import { describe, expect, it } from 'vitest';
import { addWorkingDays, defaultHolidays, isWorkingDay } from './working-days';
import { londonClock, londonDay, londonHour } from './london';

const hols = defaultHolidays();

describe('UK working days', () => {
  it.each([
    ['a Monday complaint is acknowledged the next Monday', '2026-11-23', 5, '2026-11-30'],
    ['a Friday complaint is answered two weeks later, Friday', '2026-11-27', 10, '2026-12-11'],
    ['Christmas and the Boxing Day substitute are skipped', '2026-12-21', 5, '2026-12-30'],
    ['Easter 2026: Good Friday and Easter Monday are skipped', '2026-03-30', 5, '2026-04-08'],
    ['a complaint raised on a Saturday counts from Monday', '2026-11-28', 5, '2026-12-04'],
  ])('%s', (_name, raised, n, due) => {
    expect(addWorkingDays(raised, n, hols)).toBe(due);
  });

  it('lets a council use its own holiday table (Scotland has 2 January)', () => {
    const scotland = new Set([...hols, '2027-01-04']);
    expect(addWorkingDays('2026-12-31', 1, hols)).toBe('2027-01-04');
    expect(addWorkingDays('2026-12-31', 1, scotland)).toBe('2027-01-05');
  });

  it('knows weekends and bank holidays are not working days', () => {
    expect(isWorkingDay('2026-11-28', hols)).toBe(false);
    expect(isWorkingDay('2026-12-25', hols)).toBe(false);
    expect(isWorkingDay('2026-11-23', hols)).toBe(true);
  });
});

describe('UK local time', () => {
  it('is GMT in winter and BST in summer', () => {
    expect(londonHour(Date.UTC(2026, 10, 23, 9, 30))).toBe(9);
    expect(londonHour(Date.UTC(2026, 6, 1, 9, 30))).toBe(10);
    expect(londonClock(Date.UTC(2026, 6, 1, 9, 37))).toBe('10:37');
    expect(londonDay(Date.UTC(2026, 6, 1, 23, 30))).toBe('2026-07-02');
  });
});
