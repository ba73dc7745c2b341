import { z } from 'zod';
import type { ReceptionDb } from '../db/database';
import { toWire } from '../db/database';
import { mergeRemoteEvents } from '../db/merge';
import type { EndpointApi } from './api';

/**
 * One round of sync for this PC, safe to repeat at any time:
 * - push: unpushed events of this device in deviceSeq order, in batches;
 *   only the endpoint's acknowledgement marks them pushed (never inside a
 *   transaction that waits on the network). A gap answer rewinds to the
 *   seq the endpoint expects, so nothing is ever skipped.
 * - pull: the site's events after the saved cursor, merged by id with the
 *   cursor advanced in the same transaction.
 * The loop around it (timers, backoff, live stream, status) is engine.ts.
 */
export const PUSH_BATCH = 500;
export const PULL_PAGE = 2000;
const BACKLOG = 5000;
const CursorSchema = z.number().int().min(0);

export interface SyncRound {
  pushed: number;
  pulled: number;
  serverTime: number | null;
  refused: string | null;
}

export async function pushPending(
  db: ReceptionDb,
  deviceId: string,
  api: EndpointApi,
): Promise<{ pushed: number; serverTime: number | null; refused: string | null }> {
  let pushed = 0;
  let serverTime: number | null = null;
  for (;;) {
    const batch = await db.events
      .where('[deviceId+deviceSeq]')
      .between([deviceId, 0], [deviceId, Infinity])
      .filter((e) => e.pushed === 0)
      .limit(PUSH_BATCH)
      .toArray();
    if (!batch.length) return { pushed, serverTime, refused: null };
    const outcome = await api.push(batch.map(toWire));
    if (outcome.kind === 'refused') return { pushed, serverTime, refused: outcome.message };
    if (outcome.kind === 'gap') {
      // The endpoint lost or never got events we thought were held: send them again from there.
      await db.events.where('[deviceId+deviceSeq]').between([deviceId, outcome.expectedSeq], [deviceId, Infinity]).modify({ pushed: 0 });
      continue;
    }
    serverTime = outcome.serverTime;
    const acked = await db.events
      .where('[deviceId+deviceSeq]')
      .between([deviceId, 0], [deviceId, outcome.ackSeq], true, true)
      .filter((e) => e.pushed === 0)
      .modify({ pushed: 1 });
    pushed += acked;
    // Nothing newly marked but the whole batch held: another round (another window of this PC) marked it first.
    if (acked === 0 && outcome.ackSeq < batch[batch.length - 1]!.deviceSeq)
      return { pushed, serverTime, refused: 'the endpoint acknowledged nothing new; will retry' };
  }
}

/**
 * Pulls until the endpoint has nothing more, fetching the next page while
 * the last one is applied (pages are contiguous, so the next cursor is known):
 * a PC joining late with a long backlog spends its time writing, not waiting.
 */
export async function pullNew(db: ReceptionDb, api: EndpointApi, pageSize = PULL_PAGE): Promise<{ pulled: number; serverTime: number | null }> {
  let pulled = 0;
  const start = performance.now();
  let next = api.pull(await readCursor(db), pageSize);
  for (;;) {
    const page = await next;
    if (page.more) {
      next = api.pull(page.cursor, pageSize);
      next.catch(() => undefined); // awaited on the next turn; this only stops an "unhandled" report if applying fails first
    }
    if (page.events.length) pulled += await applyPage(db, page.events, page.cursor);
    if (!page.more) {
      // A backlog (a PC joining late, or back from a long outage) is timed for the benchmarks.
      if (pulled >= BACKLOG) performance.measure('sync-backlog', { start, end: performance.now(), detail: { pulled } });
      return { pulled, serverTime: page.serverTime };
    }
  }
}

export async function readCursor(db: ReceptionDb): Promise<number> {
  const row = await db.meta.get('cursor');
  return row ? CursorSchema.parse(row.value) : 0;
}

/**
 * Merges a page of the site's events and moves the cursor past it, in one
 * transaction. The cursor only moves forward: a pull and the live stream may
 * deliver overlapping pages, and each is contiguous from a saved cursor.
 */
export async function applyPage(db: ReceptionDb, events: readonly unknown[], cursor: number): Promise<number> {
  const r = await mergeRemoteEvents(db, events, async () => {
    if (cursor > (await readCursor(db))) await db.meta.put({ key: 'cursor', value: cursor });
  });
  return r.added;
}

export async function syncOnce(db: ReceptionDb, deviceId: string, api: EndpointApi): Promise<SyncRound> {
  const push = await pushPending(db, deviceId, api);
  const pull = await pullNew(db, api);
  return { pushed: push.pushed, pulled: pull.pulled, serverTime: pull.serverTime ?? push.serverTime, refused: push.refused };
}
