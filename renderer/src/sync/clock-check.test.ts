// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_NEEDS } from '../../../shared/events/schema';
import { at } from '../../../shared/testing/scenario';
import { issueTicket } from '../db/commands';
import { ReceptionDb } from '../db/database';
import { testContext } from '../../../test/support/device-context';
import { flagIfClockOut, flagIfClockPutBack } from './clock-check';

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

describe('a clock put right before any sync round saw it wrong', () => {
  it('a clock 5 minutes ahead, put back while offline, flags what it timed since it was last in step, and says so', async () => {
    const ctx = testContext(HERE, at(0));
    const before = await issue(ctx);
    ctx.advance(1);
    expect(await flagIfClockOut(db, ctx, 0, 60)).toBe(0); // in step at 09:01
    ctx.advance(10); // the endpoint is down from here; the clock runs 5 minutes ahead
    ctx.advance(5);
    const ahead = [await issue(ctx), await issue(ctx)];
    ctx.advance(-5); // someone puts it right before the endpoint is back
    expect(await flagIfClockPutBack(db, ctx, 60)).toBe(2);
    const tickets = await db.tickets.toArray();
    expect(
      tickets
        .filter((t) => t.timingInaccurate)
        .map((t) => t.id)
        .sort(),
    ).toEqual([...ahead].sort());
    expect((await db.tickets.get(before))!.timingInaccurate).toBe(false);
    const flag = (await db.events.toArray()).find((e) => e.type === 'ticket.timingFlagged');
    expect(flag?.payload).toEqual({ reason: "this PC's clock was put back 300 s: it had been ahead", offsetMs: -300_000 });
    // The first round once the endpoint is back finds the clock in step: the flags stand, and nothing more is flagged.
    expect(await flagIfClockOut(db, ctx, 0, 60)).toBe(0);
    expect(await flagIfClockPutBack(db, ctx, 60)).toBe(0);
    const after = await issue(ctx);
    expect(await flagIfClockPutBack(db, ctx, 60)).toBe(0);
    expect((await db.tickets.get(after))!.timingInaccurate).toBe(false);
    expect((await db.tickets.toArray()).filter((t) => t.timingInaccurate)).toHaveLength(2);
  });

  it('a clock that only moves on (a night, a sleep) or goes back within the limit flags nothing', async () => {
    const ctx = testContext(HERE, at(0));
    await issue(ctx);
    ctx.advance(16 * 60);
    expect(await flagIfClockPutBack(db, ctx, 60)).toBe(0);
    await issue(ctx);
    ctx.advance(-0.9); // 54 s back, within a 60 s limit
    expect(await flagIfClockPutBack(db, ctx, 60)).toBe(0);
    expect((await db.tickets.toArray()).some((t) => t.timingInaccurate)).toBe(false);
  });

  it('a new PC with nothing stamped has nothing to check', async () => {
    expect(await flagIfClockPutBack(db, testContext(HERE, at(0)), 60)).toBe(0);
  });

  it('a clock found in step after its last stamp and put back since is wrong now, not then: nothing it timed is flagged (the next round flags what it times now)', async () => {
    const ctx = testContext(HERE, at(0));
    await issue(ctx);
    ctx.advance(2);
    expect(await flagIfClockOut(db, ctx, 0, 60)).toBe(0); // in step after the stamp
    ctx.advance(-10);
    expect(await flagIfClockPutBack(db, ctx, 60)).toBe(0);
  });
});
