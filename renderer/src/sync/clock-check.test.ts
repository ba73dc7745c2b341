// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_NEEDS } from '../../../shared/events/schema';
import { at } from '../../../shared/testing/scenario';
import { issueTicket } from '../db/commands';
import { ReceptionDb } from '../db/database';
import { testContext } from '../../../test/support/device-context';
import { flagIfClockOut } from './clock-check';

const HERE = '00000000-0000-4000-8000-0000000000c1';
const db = new ReceptionDb('clock-check');
afterEach(async () => {
  await db.delete();
  await db.open();
});

async function issue(ctx: ReturnType<typeof testContext>) {
  const r = await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.id;
}

describe('a clock found out of step on a later day', () => {
  it('flags what this PC timed since its clock was last in step, including the day before, and nothing earlier', async () => {
    const ctx = testContext(HERE, at(0)); // Monday 09:00
    const early = await issue(ctx);
    ctx.advance(5);
    expect(await flagIfClockOut(db, ctx, 2_000, 60)).toBe(0); // in step at 09:05
    ctx.advance(7 * 60); // 16:05: the clock drifts from here on
    const late = await issue(ctx);
    ctx.advance(17 * 60); // Tuesday 09:05: the first round of the day finds it 2 minutes out
    const nextMorning = await issue(ctx);
    expect(await flagIfClockOut(db, ctx, -120_000, 60)).toBe(2);
    const flagged = (await db.tickets.toArray()).filter((t) => t.timingInaccurate).map((t) => t.id);
    expect(flagged.sort()).toEqual([late, nextMorning].sort());
    expect((await db.tickets.get(early))!.timingInaccurate).toBe(false);
    // The flags are written once; a clock still wrong flags only what was timed since the last round.
    expect(await flagIfClockOut(db, ctx, -120_000, 60)).toBe(0);
    ctx.advance(1);
    const later = await issue(ctx);
    expect(await flagIfClockOut(db, ctx, -120_000, 60)).toBe(1);
    expect((await db.tickets.get(later))!.timingInaccurate).toBe(true);
  });

  it('on a PC never found in step, flags everything it timed', async () => {
    const ctx = testContext(HERE, at(-3 * 24 * 60));
    await issue(ctx);
    ctx.advance(3 * 24 * 60);
    await issue(ctx);
    expect(await flagIfClockOut(db, ctx, 300_000, 60)).toBe(2);
  });
});
