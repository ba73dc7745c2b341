import type { ReceptionDb } from './database';
import { keepPracticeSite } from './meta';
import { readSiteVersions } from './site-config';

/** What set-up keeps of the practice database: the site's configuration, if someone set it while practising. */
const KEPT_META = new Set(['services', 'practiceSite']);

/**
 * Clears what a PC recorded in practice mode (never sent: sync does not run
 * in practice), in one transaction, so the site's real record starts empty
 * with this PC's sequence at 1 and its ticket numbers from 001.
 */
export async function clearPracticeRecords(db: ReceptionDb): Promise<void> {
  await db.transaction('rw', [db.events, db.tickets, db.desks, db.meta, db.reportDays], async () => {
    // The configuration saved while practising is an event, cleared with the rest: kept aside, it is
    // what this PC judges by until the site's real configuration is saved (meta.ts).
    const versions = await readSiteVersions(db);
    if (versions.length) await keepPracticeSite(db, versions[versions.length - 1]!.settings);
    await db.events.clear();
    await db.tickets.clear();
    await db.desks.clear();
    await db.reportDays.clear();
    await db.meta.filter((row) => !KEPT_META.has(row.key)).delete();
  });
}
