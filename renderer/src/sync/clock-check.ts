import { londonDay } from '../../../shared/calendar/london';
import { clockTooFar } from '../../../shared/tickets/timing-flags';
import { flagTiming } from '../db/commands';
import type { DeviceContext } from '../db/commands';
import type { ReceptionDb } from '../db/database';

/** After a sync round: if this PC's clock is beyond the limit from the endpoint's, flag today's waits it timed. */
export async function flagIfClockOut(db: ReceptionDb, ctx: DeviceContext, offsetMs: number, limitSeconds: number): Promise<number> {
  if (!clockTooFar(offsetMs, limitSeconds)) return 0;
  const r = await flagTiming(db, ctx, londonDay(ctx.now()), offsetMs);
  return r.ok ? r.value.length : 0;
}
