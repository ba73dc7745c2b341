import { describe, expect, it } from 'vitest';
import { DateNotCoveredError } from './bank-holidays';
import { addWorkingDays, holidayCalendar, isWorkingDay } from './working-days';
import { londonClock, londonDay, londonHour } from './london';

const england = holidayCalendar();

describe('UK working days', () => {
  it.each([
    ['a Monday complaint is acknowledged the next Monday', '2026-11-23', 5, '2026-11-30'],
    ['a Friday complaint is answered two weeks later, Friday', '2026-11-27', 10, '2026-12-11'],
    ['Christmas and the Boxing Day substitute are skipped', '2026-12-21', 5, '2026-12-30'],
    ['Easter 2026: Good Friday and Easter Monday are skipped', '2026-03-30', 5, '2026-04-08'],
    ['a complaint raised on a Saturday counts from Monday', '2026-11-28', 5, '2026-12-04'],
    ['New Year 2029 (a Monday) is skipped after a Christmas Friday', '2028-12-22', 5, '2029-01-03'],
    ['a complaint in 2031 skips Christmas and Boxing Day', '2031-12-22', 5, '2031-12-31'],
    ['zero working days is the day itself', '2026-11-28', 0, '2026-11-28'],
  ])('%s', (_name, raised, n, due) => {
    expect(addWorkingDays(raised, n, england)).toBe(due);
  });

  it('uses the council’s region: Scotland has 2 January and St Andrew’s Day, not Easter Monday', () => {
    const scotland = holidayCalendar('scotland');
    expect(addWorkingDays('2026-12-31', 1, england)).toBe('2027-01-04');
    expect(addWorkingDays('2026-12-31', 1, scotland)).toBe('2027-01-05');
    expect(isWorkingDay('2026-11-30', scotland)).toBe(false);
    expect(isWorkingDay('2026-11-30', england)).toBe(true);
    expect(isWorkingDay('2026-04-06', scotland)).toBe(true);
  });

  it('uses Northern Ireland’s St Patrick’s Day and the Boyne holiday', () => {
    const ni = holidayCalendar('northern-ireland');
    expect(isWorkingDay('2027-03-17', ni)).toBe(false);
    expect(isWorkingDay('2026-07-13', ni)).toBe(false);
    expect(isWorkingDay('2026-07-13', england)).toBe(true);
  });

  it('skips one-off days the council closes', () => {
    const closed = holidayCalendar('england-and-wales', ['2026-12-29', '2026-12-30', '2026-12-31']);
    expect(isWorkingDay('2026-12-29', closed)).toBe(false);
    expect(addWorkingDays('2026-12-24', 1, closed)).toBe('2027-01-04');
    expect(addWorkingDays('2026-12-24', 1, england)).toBe('2026-12-29');
  });

  it('knows weekends and bank holidays are not working days, in any covered year', () => {
    expect(isWorkingDay('2026-11-28', england)).toBe(false);
    expect(isWorkingDay('2026-11-29', england)).toBe(false);
    expect(isWorkingDay('2026-12-25', england)).toBe(false);
    expect(isWorkingDay('2029-12-25', england)).toBe(false);
    expect(isWorkingDay('2026-11-23', england)).toBe(true);
    expect(isWorkingDay('2026-11-27', england)).toBe(true);
  });

  it('never answers silently for a date the rules do not cover', () => {
    expect(() => isWorkingDay('2100-03-01', england)).toThrow(DateNotCoveredError);
    expect(() => addWorkingDays('2099-12-30', 5, england)).toThrow(DateNotCoveredError);
    expect(() => isWorkingDay('2026-13-01', england)).toThrow('Not a day (YYYY-MM-DD): 2026-13-01');
    expect(() => isWorkingDay('x2026-11-25', england)).toThrow(RangeError);
    expect(() => isWorkingDay('2026-11-25x', england)).toThrow(RangeError);
  });

  it('defaults to England and Wales with no closed days of its own', () => {
    const cal = holidayCalendar();
    expect(cal.region).toBe('england-and-wales');
    expect([...cal.extraClosedDays]).toEqual([]);
  });
});

describe('UK local time', () => {
  it('is GMT in winter and BST in summer', () => {
    expect(londonHour(Date.UTC(2026, 10, 23, 9, 30))).toBe(9);
    expect(londonHour(Date.UTC(2026, 6, 1, 9, 30))).toBe(10);
    expect(londonClock(Date.UTC(2026, 6, 1, 9, 37))).toBe('10:37');
    expect(londonDay(Date.UTC(2026, 6, 1, 23, 30))).toBe('2026-07-02');
  });

  it('changes day at local midnight, across both clock changes', () => {
    // 29 March 2026: clocks go forward at 01:00 GMT; 25 October 2026: back at 01:00 BST.
    expect(londonDay(Date.UTC(2026, 2, 28, 23, 59))).toBe('2026-03-28');
    expect(londonDay(Date.UTC(2026, 2, 29, 0, 0))).toBe('2026-03-29');
    expect(londonHour(Date.UTC(2026, 2, 29, 0, 59))).toBe(0);
    expect(londonHour(Date.UTC(2026, 2, 29, 1, 0))).toBe(2);
    expect(londonDay(Date.UTC(2026, 9, 24, 22, 59))).toBe('2026-10-24');
    expect(londonDay(Date.UTC(2026, 9, 24, 23, 0))).toBe('2026-10-25');
    expect(londonHour(Date.UTC(2026, 9, 25, 0, 30))).toBe(1);
    expect(londonHour(Date.UTC(2026, 9, 25, 1, 30))).toBe(1);
    expect(londonHour(Date.UTC(2026, 9, 25, 2, 0))).toBe(2);
  });

  it('reads minutes within each quarter hour, and pads them', () => {
    expect(londonClock(Date.UTC(2026, 10, 23, 9, 0))).toBe('09:00');
    expect(londonClock(Date.UTC(2026, 10, 23, 9, 14, 59))).toBe('09:14');
    expect(londonClock(Date.UTC(2026, 10, 23, 9, 15))).toBe('09:15');
    expect(londonClock(Date.UTC(2026, 10, 23, 23, 59, 59))).toBe('23:59');
    expect(londonClock(Date.UTC(2026, 6, 1, 9, 44, 30))).toBe('10:44');
  });
});
