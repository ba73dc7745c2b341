import { londonDay } from '../../shared/calendar/london';
import { eventContent } from '../../shared/events/canonical';
import { parseEvent } from '../../shared/events/parse';
import type { DomainEvent } from '../../shared/events/schema';
import type { Database } from '../db/adapter';
import type { Device } from './devices';
import { err, ok } from '../../shared/core/result';
import type { Result } from '../../shared/core/result';

/**
 * Push: one device's batch, stored in one transaction. Ids already held are
 * ignored, so the same batch can be sent any number of times. The answer is
 * the highest deviceSeq held with no gap; a batch that would leave a gap is
 * refused with the seq the server expects next. Nothing of a refused batch
 * is stored.
 */
export const EVENTS_CHANNEL = 'oss_events';

/**
 * Why a batch was refused: the HTTP status, a `code` a PC branches on (`gap`, `seq-conflict`, …) and
 * the `message` for a person; on the wire they are `error` and `reason` (shared/sync/wire.ts).
 */
export interface PushRefusal {
  status: 400 | 403 | 409;
  code: string;
  message: string;
  /** A gap: the deviceSeq to send from. */
  expectedSeq?: number;
  /** The event in the batch that was refused, where it was one. */
  index?: number;
}

export type PushResult = Result<{ ackSeq: number; stored: number }, PushRefusal>;

export function checkBatch(device: Device, raw: readonly unknown[]): Result<DomainEvent[], PushRefusal> {
  const events: DomainEvent[] = [];
  for (let i = 0; i < raw.length; i++) {
    const parsed = parseEvent(raw[i]);
    if (!parsed.ok) return err<PushRefusal>({ status: 400, code: parsed.error.code, message: `event ${i}: ${parsed.error.message}`, index: i });
    const e = parsed.value;
    if (e.deviceId !== device.id) return err<PushRefusal>({ status: 403, code: 'wrong-device', message: `event ${i} belongs to another device`, index: i });
    if (e.siteId !== device.siteId)
      return err<PushRefusal>({
        status: 403,
        code: 'wrong-site',
        message: `event ${i} is for site ${e.siteId}, but this device is enrolled at ${device.siteId}`,
        index: i,
      });
    events.push(e);
  }
  events.sort((a, b) => a.deviceSeq - b.deviceSeq);
  const seqOf = new Map<string, number>();
  for (const e of events) {
    const seen = seqOf.get(e.id);
    if (seen !== undefined && seen !== e.deviceSeq)
      return err<PushRefusal>({ status: 400, code: 'duplicate-id', message: `event ${e.id} is in the batch under deviceSeq ${seen} and ${e.deviceSeq}` });
    seqOf.set(e.id, e.deviceSeq);
  }
  for (let i = 1; i < events.length; i++) {
    const gap = events[i]!.deviceSeq - events[i - 1]!.deviceSeq;
    if (gap === 0 && events[i]!.id !== events[i - 1]!.id)
      return err<PushRefusal>({ status: 400, code: 'duplicate-seq', message: `two different events claim deviceSeq ${events[i]!.deviceSeq}` });
    // The same event twice is harmless; the same id with two contents is not: which would be kept?
    if (gap === 0 && eventContent(events[i]) !== eventContent(events[i - 1]))
      return err<PushRefusal>({ status: 400, code: 'duplicate-id', message: `event ${events[i]!.id} is in the batch twice with different content` });
    if (gap > 1)
      return err<PushRefusal>({
        status: 409,
        code: 'gap',
        message: `the batch skips from deviceSeq ${events[i - 1]!.deviceSeq} to ${events[i]!.deviceSeq}`,
        expectedSeq: events[i - 1]!.deviceSeq + 1,
      });
  }
  return ok(events.filter((e, i) => i === 0 || e.id !== events[i - 1]!.id));
}

/** Thrown inside the transaction to roll it back, and turned into a refusal outside (the same trick, and name, as the PC's commands.ts). */
class Refused extends Error {
  constructor(readonly refusal: PushRefusal) {
    super(refusal.message);
  }
}

export async function pushBatch(db: Database, device: Device, raw: readonly unknown[]): Promise<PushResult> {
  const checked = checkBatch(device, raw);
  if (!checked.ok) return checked;
  try {
    return await store(db, device, checked.value);
  } catch (thrown) {
    if (thrown instanceof Refused) return err(thrown.refusal);
    throw thrown;
  }
}

async function store(db: Database, device: Device, events: DomainEvent[]): Promise<PushResult> {
  return db.tx(async (q) => {
    const head = (await q.query<{ head_seq: number }>('SELECT head_seq FROM devices WHERE id = $1 FOR UPDATE', [device.id])).rows[0]!.head_seq;
    const first = events[0]!.deviceSeq;
    if (first > head + 1)
      return err<PushRefusal>({
        status: 409,
        code: 'gap',
        message: `the server holds up to deviceSeq ${head}; send from ${head + 1}`,
        expectedSeq: head + 1,
      });

    // What we hold already must be the same events: a different event under a held seq is refused.
    // A held seq with no row at all was lost on this side (a restore, a deleted row): the re-send repairs it.
    const held = events.filter((e) => e.deviceSeq <= head);
    const repaired: DomainEvent[] = [];
    if (held.length) {
      const rows = await q.query<{ id: string; device_seq: number; body: unknown }>(
        'SELECT id, device_seq, body FROM events WHERE device_id = $1 AND device_seq = ANY($2::int[])',
        [device.id, held.map((e) => e.deviceSeq)],
      );
      const bySeq = new Map(rows.rows.map((r) => [r.device_seq, r]));
      const clash = held.find((e) => bySeq.has(e.deviceSeq) && bySeq.get(e.deviceSeq)!.id !== e.id);
      if (clash) return err<PushRefusal>({ status: 409, code: 'seq-conflict', message: `deviceSeq ${clash.deviceSeq} is already held with a different event` });
      // A re-send must be the event held, not a changed copy under the same id.
      const changed = held.find((e) => bySeq.has(e.deviceSeq) && eventContent(bySeq.get(e.deviceSeq)!.body) !== eventContent(e));
      if (changed) return err<PushRefusal>({ status: 409, code: 'content-conflict', message: `event ${changed.id} is already held with different content` });
      repaired.push(...held.filter((e) => !bySeq.has(e.deviceSeq)));
    }
    const fresh = [...repaired, ...events.filter((e) => e.deviceSeq > head)];
    if (!fresh.length) return ok({ ackSeq: head, stored: 0 });

    // A ticket belongs to the site that first wrote it: an event for a ticket another site holds is
    // refused. One statement records the site of tickets new here and finds any held elsewhere, by
    // primary key (migrations/007), before the site's lock is taken; a refusal rolls both back.
    // Held elsewhere is found by ON CONFLICT DO UPDATE, which reads the row as it is now, even one
    // committed by another site while this insert waited on it (a plain SELECT in the same statement
    // would read the statement's older snapshot and miss it). Only such a row is written again (its
    // site set to itself) and returned; a ticket this site already holds is neither.
    // In one order everywhere: two PCs claiming the same tickets at once then wait, never deadlock.
    const ticketIds = [...new Set(fresh.flatMap((e) => (e.ticketId ? [e.ticketId] : [])))].sort();
    if (ticketIds.length) {
      const foreign = await q.query<{ ticket_id: string }>(
        `WITH claimed AS (
           INSERT INTO ticket_sites (ticket_id, site_id) SELECT unnest($1::uuid[]), $2
           ON CONFLICT (ticket_id) DO UPDATE SET site_id = ticket_sites.site_id WHERE ticket_sites.site_id <> EXCLUDED.site_id
           RETURNING ticket_id, site_id)
         SELECT ticket_id FROM claimed WHERE site_id <> $2 LIMIT 1`,
        [ticketIds, device.siteId],
      );
      if (foreign.rows.length)
        throw new Refused({ status: 403, code: 'ticket-of-another-site', message: `ticket ${foreign.rows[0]!.ticket_id} belongs to another site` });
    }
    const lastSeq = (await q.query<{ last_seq: number }>('SELECT last_seq FROM sites WHERE id = $1 FOR UPDATE', [device.siteId])).rows[0]!.last_seq;
    const rows = fresh.map((e, i) => ({
      id: e.id,
      seq: lastSeq + i + 1,
      device_seq: e.deviceSeq,
      hlc: e.hlc,
      at: e.at,
      type: e.type,
      ticket_id: e.ticketId ?? null,
      day: londonDay(e.at),
      body: e,
    }));
    const inserted = await q.query(
      `INSERT INTO events (id, site_id, seq, device_id, device_seq, hlc, at, type, ticket_id, day, body)
       SELECT x.id, $2, x.seq, $3, x.device_seq, x.hlc, x.at, x.type, x.ticket_id, x.day, x.body
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, seq bigint, device_seq int, hlc text, at bigint, type text, ticket_id uuid, day text, body jsonb)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [JSON.stringify(rows), device.siteId, device.id],
    );
    // An id already held under another device or seq: refuse the whole batch (the transaction rolls back).
    if (inserted.rows.length !== rows.length)
      throw new Refused({ status: 409, code: 'id-conflict', message: 'an event id in this batch is already held for a different event' });
    const ackSeq = Math.max(head, fresh[fresh.length - 1]!.deviceSeq);
    await q.query('UPDATE sites SET last_seq = $2 WHERE id = $1', [device.siteId, lastSeq + fresh.length]);
    await q.query('UPDATE devices SET head_seq = $2 WHERE id = $1', [device.id, ackSeq]);
    // Delivered at commit, to every server process listening on this database.
    await q.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, device.siteId]);
    return ok({ ackSeq, stored: fresh.length });
  });
}
