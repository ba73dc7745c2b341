import { z } from 'zod';

/**
 * A calendar day as the product writes it everywhere (event envelopes,
 * settings, report periods, URLs): YYYY-MM-DD, month 01–12, day 01–31.
 * One pattern, so a day one part accepts is a day every part accepts.
 */
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const DaySchema = z.string().regex(DAY_PATTERN, 'a day is YYYY-MM-DD');

export const isDay = (value: string): boolean => DAY_PATTERN.test(value);
