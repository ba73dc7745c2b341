import { z } from 'zod';
import { DaySchema } from '../../../shared/calendar/day';
import type { ReceptionDb } from './database';

/**
 * The last end-of-day check with the endpoint, one `meta` row per day
 * (`dayCheck:YYYY-MM-DD`). sync/day-check.ts runs the checks; End of day
 * shows the row. Read back through the schema: a row that does not parse
 * reads as "never checked", and the next check writes it afresh.
 */
export const DayCheckSchema = z.object({
  day: DaySchema,
  status: z.enum(['verified', 'repaired', 'pending', 'mismatch']),
  checkedAt: z.number().int(),
  local: z.object({ count: z.number().int(), digest: z.string() }),
  server: z.object({ count: z.number().int(), digest: z.string() }).nullable(),
  /** Events the endpoint lacked and now holds again. */
  repaired: z.number().int().min(0),
  /** This PC's events not yet acknowledged (anything, not only the day's). */
  waiting: z.number().int().min(0),
  error: z.string().nullable(),
});
export type DayCheck = z.infer<typeof DayCheckSchema>;

const key = (day: string) => `dayCheck:${day}`;

export async function readDayCheck(db: ReceptionDb, day: string): Promise<DayCheck | null> {
  const row = await db.meta.get(key(day));
  const parsed = DayCheckSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function saveDayCheck(db: ReceptionDb, check: DayCheck): Promise<void> {
  await db.meta.put({ key: key(check.day), value: check });
}

/** Every day's last check that still reads (a row that does not parse is left out). */
export async function readDayChecks(db: ReceptionDb): Promise<DayCheck[]> {
  const rows = await db.meta.where('key').startsWith('dayCheck:').toArray();
  return rows.flatMap((r) => {
    const parsed = DayCheckSchema.safeParse(r.value);
    return parsed.success ? [parsed.data] : [];
  });
}
