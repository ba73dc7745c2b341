import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_NEEDS } from '../../shared/events/schema';
import { ALL_SKILLS, DAY, at } from '../../shared/testing/scenario';
import type { Database } from '../../server/db/adapter';
import { apiFor, enrolPc, startWorld } from './sync-world';
import type { World } from './sync-world';
import { createSite } from '../../server/devices/devices';
import { closeDay, deskCommand, issueTicket, ticketCommand } from '../../renderer/src/db/commands';
import { httpEndpoint } from '../../renderer/src/sync/api';
import { readDayCheck } from '../../renderer/src/db/day-check-results';
import { finishPendingDayChecks, verifyDay } from '../../renderer/src/sync/day-check';

/** End of day against a real endpoint: verified, repaired after a lost row, and finished later when offline at close. */
let w: World;
let db: Database;

beforeAll(async () => {
  w = await startWorld();
  db = w.db;
  await createSite(db, 'eod-site', 'End of day site');
}, 30_000);
afterAll(() => w?.close());

let n = 0;
async function pcWithADay() {
  const pc = await enrolPc(w, 'eod-site', { slot: 0, slots: 1 }, at(0), 500 + ++n);
  const { ctx, local } = pc;
  const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  ok(await deskCommand(local, ctx, { type: 'signOn', desk: '1', services: ['council-tax'], skills: ALL_SKILLS }));
  const first = ok(await issueTicket(local, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false }));
  ok(await issueTicket(local, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false }));
  ctx.advance(2);
  ok(await ticketCommand(local, ctx, { type: 'call', ticketId: first.id, desk: '1' }));
  ctx.advance(480);
  ok(await closeDay(local, ctx, DAY));
  return { ...pc, api: apiFor(pc, w.base) };
}

describe('end-of-day verification', () => {
  it('sends the closed day and proves the endpoint holds every event of it', async () => {
    const pc = await pcWithADay();
    const check = await verifyDay(pc.local, pc.deviceId, DAY, pc.api, pc.ctx.now);
    // signOn, 2 issues, a call, 2 unseen at close, day closed
    expect(check).toMatchObject({ status: 'verified', local: { count: 7 }, server: { count: 7 }, repaired: 0, waiting: 0, error: null });
    expect(check.server!.digest).toBe(check.local.digest);
    expect(await readDayCheck(pc.local, DAY)).toEqual(check);
  });

  it('detects a row deleted at the endpoint and repairs it by sending again', async () => {
    const pc = await pcWithADay();
    await verifyDay(pc.local, pc.deviceId, DAY, pc.api, pc.ctx.now);
    const victim = (await pc.local.events.where('[deviceId+deviceSeq]').equals([pc.deviceId, 3]).first())!;
    await db.query('DELETE FROM events WHERE id = $1', [victim.id]);

    const check = await verifyDay(pc.local, pc.deviceId, DAY, pc.api, pc.ctx.now);
    expect(check).toMatchObject({ status: 'repaired', repaired: 1, local: { count: 7 }, server: { count: 7 } });
    const held = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE id = $1', [victim.id]);
    expect(held.rows[0]!.n).toBe(1);
    expect(await verifyDay(pc.local, pc.deviceId, DAY, pc.api, pc.ctx.now)).toMatchObject({ status: 'verified' });
  });

  it('offline at close: shows what is still to go, and finishes after the next successful sync', async () => {
    const pc = await pcWithADay();
    const unreachable = httpEndpoint('http://127.0.0.1:9', 'oss_x_y');
    const offline = await verifyDay(pc.local, pc.deviceId, DAY, unreachable, pc.ctx.now);
    expect(offline).toMatchObject({ status: 'pending', waiting: 7, server: null });
    const done = await finishPendingDayChecks(pc.local, pc.deviceId, pc.api, pc.ctx.now);
    expect(done.map((c) => c.status)).toEqual(['verified']);
    expect(await finishPendingDayChecks(pc.local, pc.deviceId, pc.api, pc.ctx.now)).toEqual([]);
  });
});
