import { londonDay } from '../../../shared/calendar/london';
import type { ReceptionDb } from './database';

/**
 * Customer names are personal data kept only as long as the council's
 * retention setting allows (Settings: "Keep customer names for (days)").
 * Once a ticket's day is older than that, and its issue has reached the
 * endpoint (so the endpoint's copy is the record), the name is removed from
 * this PC: from the ticket and from the logged `ticket.issued` event.
 *
 * This is the one place the log is edited rather than appended to: a name
 * kept in an "append-only" log would never be forgotten. Nothing else in the
 * event changes, so folds, figures and digests (over ids) are unaffected.
 * A PC with no endpoint purges by age alone.
 */
export async function purgeExpiredNames(db: ReceptionDb, now: number, retentionDays: number, requireSynced: boolean): Promise<number> {
  const cutoff = londonDay(now - retentionDays * 86_400_000);
  return db.transaction('rw', [db.events, db.tickets], async () => {
    const named = await db.tickets.where('day').below(cutoff).filter((t) => t.name !== undefined).toArray();
    let purged = 0;
    for (const t of named) {
      const issued = await db.events.where('scope').equals(`ticket:${t.id}`).filter((e) => e.type === 'ticket.issued').first();
      if (!issued || issued.type !== 'ticket.issued') continue;
      if (requireSynced && issued.pushed !== 1) continue;
      const { name: _name, ...payload } = issued.payload;
      await db.events.put({ ...issued, payload });
      const { name: _gone, ...ticket } = t;
      await db.tickets.put({ ...ticket, name: undefined });
      purged += 1;
    }
    return purged;
  });
}
