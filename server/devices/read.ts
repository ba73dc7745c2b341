import { createHash } from 'node:crypto';
import { isTicketEvent } from '../../shared/events/schema';
import type { DomainEvent, TicketEvent } from '../../shared/events/schema';
import { dayDigestInput } from '../../shared/sync/digest';
import { foldAll } from '../../shared/tickets/fold';
import type { Ticket } from '../../shared/tickets/state';
import type { Queryable } from '../db/adapter';

/** A site's events after a cursor, in ingest order. */
export async function pullEvents(
  db: Queryable,
  siteId: string,
  after: number,
  limit: number,
): Promise<{ events: DomainEvent[]; cursor: number; more: boolean }> {
  const rows = await db.query<{ seq: number; body: DomainEvent }>('SELECT seq, body FROM events WHERE site_id = $1 AND seq > $2 ORDER BY seq LIMIT $3', [
    siteId,
    after,
    limit + 1,
  ]);
  const page = rows.rows.slice(0, limit);
  return { events: page.map((r) => r.body), cursor: page.length ? page[page.length - 1]!.seq : after, more: rows.rows.length > limit };
}

/** What the server holds of one device's day: enough for the PC to prove its day arrived whole. */
export async function dayVerification(
  db: Queryable,
  deviceId: string,
  day: string,
): Promise<{ day: string; count: number; digest: string; maxDeviceSeq: number }> {
  const rows = await db.query<{ id: string; device_seq: number; body: DomainEvent }>(
    'SELECT id, device_seq, body FROM events WHERE device_id = $1 AND day = $2',
    [deviceId, day],
  );
  const digest = createHash('sha256')
    .update(dayDigestInput(rows.rows.map((r) => r.body)))
    .digest('hex');
  return { day, count: rows.rows.length, digest, maxDeviceSeq: rows.rows.reduce((m, r) => Math.max(m, r.device_seq), 0) };
}

/**
 * The tickets issued at these sites on these days, folded from all their events and the sites'
 * day closes (a close ends every ticket of its day still waiting, shared/tickets/fold.ts).
 */
export async function ticketsFor(db: Queryable, siteIds: readonly string[], fromDay: string, toDay: string): Promise<Ticket[]> {
  const rows = await db.query<{ body: DomainEvent }>(
    // Both halves confined to the sites asked for: another site's events never reach a report, even for a ticket id it shares.
    `SELECT body FROM events WHERE site_id = ANY($1::text[]) AND ticket_id IN (
       SELECT ticket_id FROM events WHERE site_id = ANY($1::text[]) AND type = 'ticket.issued' AND day >= $2 AND day <= $3)`,
    [siteIds, fromDay, toDay],
  );
  // By the day they close (a PC may send its close days later): migrations/005's index.
  const closes = await db.query<{ body: DomainEvent }>(
    `SELECT body FROM events WHERE site_id = ANY($1::text[]) AND type = 'day.closed'
       AND body->'payload'->>'day' >= $2 AND body->'payload'->>'day' <= $3`,
    [siteIds, fromDay, toDay],
  );
  return [
    ...foldAll(
      rows.rows.map((r) => r.body).filter((e): e is TicketEvent => isTicketEvent(e)),
      closes.rows.map((r) => r.body),
    ).values(),
  ];
}
