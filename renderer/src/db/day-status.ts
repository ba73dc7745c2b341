import { dayStatusOf } from '../../../shared/tickets/day-status';
import type { DayStatus } from '../../../shared/tickets/day-status';
import type { ReceptionDb } from './database';

/** Whether a day has been closed, from every PC's close and reopen events this PC holds (one indexed read). */
export async function readDayStatus(db: ReceptionDb, day: string): Promise<DayStatus> {
  return dayStatusOf(await db.events.where('scope').equals(`day:${day}`).toArray());
}
