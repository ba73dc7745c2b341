import { clockPutBack, clockTooFar } from '../../../shared/tickets/timing-flags';
import { flagTiming } from '../db/commands';
import type { DeviceContext } from '../db/commands';
import type { ReceptionDb } from '../db/database';
import { readTimingSettledAt, writeTimingSettledAt } from '../db/meta';

/** How often "still in step" is written down: often enough to bound what a later skew flags, rarely enough to cost nothing. */
const IN_STEP_NOTE_EVERY_MS = 60_000;

/**
 * After a sync round: when this PC's clock is within the limit, note when;
 * when it is beyond, flag the waits it timed since the last note (on any
 * day), then move the note on: a PC whose clock stays wrong reads only what
 * it timed since the previous round, not its whole history every 5 s.
 * Returns how many tickets were flagged.
 */
export async function flagIfClockOut(db: ReceptionDb, ctx: DeviceContext, offsetMs: number, limitSeconds: number): Promise<number> {
  const settledAt = await readTimingSettledAt(db);
  const now = ctx.now();
  if (!clockTooFar(offsetMs, limitSeconds)) {
    if (settledAt === null || now - settledAt >= IN_STEP_NOTE_EVERY_MS || now < settledAt) await writeTimingSettledAt(db, now);
    return 0;
  }
  const r = await flagTiming(db, ctx, settledAt, offsetMs);
  if (r.ok) await writeTimingSettledAt(db, now);
  return r.ok ? r.value.length : 0;
}

/**
 * On start, on wake and every minute, whether or not the endpoint answers: a clock put back
 * since this PC last stamped an event (it had been ahead, and was corrected before any sync
 * round could see it) flags what it timed since it was last in step, as a round would have.
 * Returns how many tickets were flagged.
 */
export async function flagIfClockPutBack(db: ReceptionDb, ctx: DeviceContext, limitSeconds: number): Promise<number> {
  const newestOwn = await db.events.where('[deviceId+deviceSeq]').between([ctx.deviceId, 0], [ctx.deviceId, Infinity]).last();
  const offsetMs = clockPutBack(newestOwn?.at ?? null, ctx.now(), limitSeconds);
  if (offsetMs === null) return 0;
  const settledAt = await readTimingSettledAt(db);
  // Nothing since the clock was last seen in step (the endpoint found it so after the last stamp): nothing to flag.
  if (settledAt !== null && settledAt > newestOwn!.at) return 0;
  const r = await flagTiming(db, ctx, settledAt, offsetMs, 'stepBack');
  if (!r.ok) return 0;
  await writeTimingSettledAt(db, ctx.now());
  return r.value.length;
}
