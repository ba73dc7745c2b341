import { londonDay } from '../../../shared/calendar/london';
import { dayDigestInput } from '../../../shared/sync/digest';
import { appDb, toWire } from '../db/database';
import type { ReceptionDb } from '../db/database';
import { readDayChecks, saveDayCheck } from '../db/day-check-results';
import type { DayCheck } from '../db/day-check-results';
import type { EndpointApi } from './api';
import { pushPending } from './sync';

/** For the End of day screen, which may not import db/. */
export type { DayCheck };

/**
 * End of day: this PC proves that every event it wrote that day is held by
 * the endpoint. Both sides count the day's events of this device and hash
 * their ids (shared/sync/digest.ts); a difference means the endpoint lost
 * or never got something, and the whole day is sent again (the endpoint
 * keeps one copy of what it has and repairs what it lacks), then checked
 * again. Offline, the check waits as "pending" and finishes after the next
 * successful sync. The last result per day is kept in `meta` (db/day-check-results.ts).
 */

export async function sha256Hex(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** This PC's own events of a day (London time), as the endpoint files them. */
function ownDayEvents(db: ReceptionDb, deviceId: string, day: string) {
  return db.events
    .where('[deviceId+deviceSeq]')
    .between([deviceId, 0], [deviceId, Infinity])
    .filter((e) => londonDay(e.at) === day);
}

export async function localDayProof(db: ReceptionDb, deviceId: string, day: string): Promise<{ count: number; digest: string }> {
  const events = await ownDayEvents(db, deviceId, day).toArray();
  return { count: events.length, digest: await sha256Hex(dayDigestInput(events.map(toWire))) };
}

export async function verifyDay(db: ReceptionDb, deviceId: string, day: string, api: EndpointApi | null, now: () => number): Promise<DayCheck> {
  const local = await localDayProof(db, deviceId, day);
  const waiting = () => db.events.where('pushed').equals(0).count();
  const save = async (c: DayCheck) => {
    await saveDayCheck(db, c);
    return c;
  };
  /** Not checked yet: it waits, saying why, and finishes after the next successful sync. */
  const pending = async (error: string) =>
    save({ day, status: 'pending', checkedAt: now(), local, server: null, repaired: 0, waiting: await waiting(), error });
  if (!api) return pending('no endpoint or device token set');
  try {
    const flushed = await pushPending(db, deviceId, api);
    if (flushed.refused) throw new Error(flushed.refused);
    let server = await api.verifyDay(day);
    let repaired = 0;
    if (server.count !== local.count || server.digest !== local.digest) {
      const before = server.count;
      await ownDayEvents(db, deviceId, day).modify({ pushed: 0 });
      const again = await pushPending(db, deviceId, api);
      if (again.refused) throw new Error(again.refused);
      server = await api.verifyDay(day);
      repaired = Math.max(0, server.count - before);
    }
    const same = server.count === local.count && server.digest === local.digest;
    return save({
      day,
      status: same ? (repaired ? 'repaired' : 'verified') : 'mismatch',
      checkedAt: now(),
      local,
      server: { count: server.count, digest: server.digest },
      repaired,
      waiting: await waiting(),
      error: same ? null : 'the endpoint holds a different set of events for this day',
    });
  } catch (err) {
    return pending(err instanceof Error ? err.message : String(err));
  }
}

/** After a successful sync round: finish any day check that was waiting for the endpoint (a mismatch waits for staff to look). */
export async function finishPendingDayChecks(db: ReceptionDb, deviceId: string, api: EndpointApi, now: () => number): Promise<DayCheck[]> {
  const pending = (await readDayChecks(db)).filter((c) => c.status === 'pending');
  const done: DayCheck[] = [];
  for (const c of pending) done.push(await verifyDay(db, deviceId, c.day, api, now));
  return done;
}

/** The end-of-day check of this PC's own database, as End of day runs it. */
export const verifyDayOnThisPc = (deviceId: string, day: string, api: EndpointApi | null, now: () => number) => verifyDay(appDb(), deviceId, day, api, now);
