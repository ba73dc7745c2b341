import type { ReceptionDb } from './database';

/** What set-up keeps of the practice database: the site's services, if someone set them up while practising. */
const KEPT_META = new Set(['services']);

/**
 * Clears what a PC recorded in practice mode (never sent: sync does not run
 * in practice), in one transaction, so the site's real record starts empty
 * with this PC's sequence at 1 and its ticket numbers from 001.
 */
export async function clearPracticeRecords(db: ReceptionDb): Promise<void> {
  await db.transaction('rw', [db.events, db.tickets, db.desks, db.meta, db.reportDays], async () => {
    await db.events.clear();
    await db.tickets.clear();
    await db.desks.clear();
    await db.reportDays.clear();
    await db.meta.filter((row) => !KEPT_META.has(row.key)).delete();
  });
}
