import { z } from 'zod';

/**
 * A calendar day as the product writes it everywhere (event envelopes,
 * settings, report periods, URLs): YYYY-MM-DD, and a day that exists in the
 * calendar (no 30 February, 29 February only in a leap year). One rule, so a
 * day one part accepts is a day every part accepts.
 */
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export const isDay = (value: string): boolean => {
  if (!DAY_PATTERN.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
};

export const DaySchema = z.string().regex(DAY_PATTERN, 'a day is YYYY-MM-DD').refine(isDay, 'a day the calendar has (no 30 February)');
