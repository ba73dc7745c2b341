import { clockTooFar } from '../../../shared/tickets/timing-flags';
import { flagTiming } from '../db/commands';
import type { DeviceContext } from '../db/commands';
import type { ReceptionDb } from '../db/database';
import { readClockInStepAt, writeClockInStepAt } from '../db/meta';

/** How often "still in step" is written down: often enough to bound what a later skew flags, rarely enough to cost nothing. */
const IN_STEP_NOTE_EVERY_MS = 60_000;

/**
 * After a sync round: when this PC's clock is within the limit, note when;
 * when it is beyond, flag the waits it timed since it was last noted in step
 * (on any day). Returns how many tickets were flagged.
 */
export async function flagIfClockOut(db: ReceptionDb, ctx: DeviceContext, offsetMs: number, limitSeconds: number): Promise<number> {
  const inStepAt = await readClockInStepAt(db);
  if (!clockTooFar(offsetMs, limitSeconds)) {
    const now = ctx.now();
    if (inStepAt === null || now - inStepAt >= IN_STEP_NOTE_EVERY_MS || now < inStepAt) await writeClockInStepAt(db, now);
    return 0;
  }
  const r = await flagTiming(db, ctx, inStepAt, offsetMs);
  return r.ok ? r.value.length : 0;
}
