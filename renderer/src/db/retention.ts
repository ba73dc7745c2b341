import { londonDay } from '../../../shared/calendar/london';
import type { ReceptionDb } from './database';

/**
 * Customer names are personal data kept only as long as the council's
 * retention setting allows (Settings: "Keep customer names for (days)").
 * Once a ticket's day is older than that, and its issue has reached the
 * endpoint (so the endpoint's copy is the record), the name is removed from
 * this PC: from the ticket and from the logged `ticket.issued` event. A
 * comment on the feedback screen (where a site asks for one) may name the
 * customer too, so it goes the same way, from `ticket.feedbackGiven`.
 *
 * This is the one place the log is edited rather than appended to: a name
 * kept in an "append-only" log would never be forgotten. Nothing else in the
 * event changes, so folds, figures and digests (which leave names out) are unaffected.
 * A PC with no endpoint purges by age alone.
 */
const WATERMARK = 'retention:through';
const CHUNK = 200;

export async function purgeExpiredNames(db: ReceptionDb, now: number, retentionDays: number, requireSynced: boolean): Promise<number> {
  const cutoff = londonDay(now - retentionDays * 86_400_000);
  // Days before the watermark were done on an earlier pass: each pass reads only the days since,
  // so a year of history is read once, not every hour.
  const mark = await db.meta.get(WATERMARK);
  const through = typeof mark?.value === 'string' ? mark.value : '';
  if (through >= cutoff) return 0;
  const named = await db.tickets
    .where('day')
    .between(through, cutoff, true, false)
    .filter((t) => t.name !== undefined || t.feedback?.comment !== undefined)
    .primaryKeys();
  let purged = 0;
  let waiting = cutoff; // the earliest day with a name still waiting for its sync: the next pass starts there
  // Small transactions: a first pass over a year must not hold up the greeter's next ticket.
  for (let i = 0; i < named.length; i += CHUNK) {
    await db.transaction('rw', [db.events, db.tickets], async () => {
      for (const t of await db.tickets.bulkGet(named.slice(i, i + CHUNK))) {
        if (!t) continue;
        const events = await db.events.where('scope').equals(`ticket:${t.id}`).toArray();
        let ticket = t;
        for (const e of events) {
          const personal =
            (e.type === 'ticket.issued' && e.payload.name !== undefined) || (e.type === 'ticket.feedbackGiven' && e.payload.comment !== undefined);
          if (!personal) continue;
          if (requireSynced && e.pushed !== 1) {
            if (t.day < waiting) waiting = t.day;
            continue;
          }
          if (e.type === 'ticket.issued') {
            const { name: _name, ...payload } = e.payload;
            await db.events.put({ ...e, payload });
            ticket = { ...ticket, name: undefined };
          } else if (e.type === 'ticket.feedbackGiven') {
            const { comment: _comment, ...payload } = e.payload;
            await db.events.put({ ...e, payload });
            if (ticket.feedback) ticket = { ...ticket, feedback: { ...ticket.feedback, comment: undefined } };
          }
          purged += 1;
        }
        if (ticket !== t) await db.tickets.put(ticket);
      }
    });
  }
  await db.meta.put({ key: WATERMARK, value: waiting });
  return purged;
}
