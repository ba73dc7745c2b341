import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NO_NEEDS } from '../../shared/events/schema';
import { ALL_SKILLS, at } from '../../shared/testing/scenario';
import type { Database } from '../../server/db/adapter';
import { startWorld, unwrap } from './sync-world';
import type { World } from './sync-world';
import { createSite, enrolDevice } from '../../server/devices/devices';
import { ReceptionDb } from '../../renderer/src/db/database';
import { deskCommand, issueTicket, ticketCommand } from '../../renderer/src/db/commands';
import { testContext } from '../support/device-context';
import { httpEndpoint } from '../../renderer/src/sync/api';
import { pushPending, syncOnce } from '../../renderer/src/sync/sync';

/** Two reception PCs (each its own IndexedDB) syncing through a real endpoint on loopback. */
let w: World;
let db: Database;
let base: string;

beforeAll(async () => {
  w = await startWorld();
  ({ db, base } = w);
  await createSite(db, 'sync-site', 'Sync site');
}, 30_000);
afterAll(() => w?.close());

let n = 0;
async function pc(slot: number) {
  const { deviceId, token } = await enrolDevice(db, 'sync-site', `PC ${slot}`);
  const ctx = { ...testContext(deviceId, at(0), 1000 + n * 10 + slot), siteId: 'sync-site', slot: { slot, slots: 2 } };
  return { deviceId, ctx, local: new ReceptionDb(`sync-${++n}`), api: httpEndpoint(base, token) };
}

describe('sync between two PCs through the endpoint', () => {
  it('shares the queue both ways: A issues, B sees and calls, A sees the call', async () => {
    const a = await pc(0);
    const b = await pc(1);
    const tickets = [];
    for (let i = 0; i < 3; i++) tickets.push(unwrap(await issueTicket(a.local, a.ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false })));
    expect(await syncOnce(a.local, a.deviceId, a.api)).toMatchObject({ pushed: 3, refused: null });
    expect(await syncOnce(b.local, b.deviceId, b.api)).toMatchObject({ pulled: 3 });
    expect((await b.local.tickets.toArray()).map((t) => t.number).sort()).toEqual(['C001', 'C003', 'C005']);

    unwrap(await deskCommand(b.local, b.ctx, { type: 'signOn', desk: '2', services: ['council-tax'], skills: ALL_SKILLS }));
    unwrap(await ticketCommand(b.local, b.ctx, { type: 'call', ticketId: tickets[0]!.id, desk: '2' }));
    await syncOnce(b.local, b.deviceId, b.api);
    await syncOnce(a.local, a.deviceId, a.api);
    expect(await a.local.tickets.get(tickets[0]!.id)).toMatchObject({ status: 'called', desk: '2' });
    // Everything each PC wrote is marked pushed, and nothing is doubled at the endpoint.
    expect(await a.local.events.where('pushed').equals(0).count()).toBe(0);
    const held = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM events WHERE site_id = 'sync-site'");
    expect(held.rows[0]!.n).toBe(3 + 2);
  });

  it('re-sends from where the endpoint says it is missing events, and a replay doubles nothing', async () => {
    const a = await pc(0);
    unwrap(await issueTicket(a.local, a.ctx, { serviceId: 'housing', needs: NO_NEEDS, priority: false }));
    unwrap(await issueTicket(a.local, a.ctx, { serviceId: 'housing', needs: NO_NEEDS, priority: false }));
    // As if an acknowledgement had been recorded for events the endpoint never stored.
    await a.local.events.toCollection().modify({ pushed: 1 });
    unwrap(await issueTicket(a.local, a.ctx, { serviceId: 'housing', needs: NO_NEEDS, priority: false }));
    expect(await syncOnce(a.local, a.deviceId, a.api)).toMatchObject({ pushed: 3, refused: null });
    // A replay of everything (a lost acknowledgement): the endpoint keeps one copy.
    await a.local.events.toCollection().modify({ pushed: 0 });
    expect(await syncOnce(a.local, a.deviceId, a.api)).toMatchObject({ pushed: 3 });
    const held = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE device_id = $1', [a.deviceId]);
    expect(held.rows[0]!.n).toBe(3);
  });

  it('two windows of one PC sending the same events at once: both rounds succeed, none says refused', async () => {
    const a = await pc(0);
    for (let i = 0; i < 4; i++) unwrap(await issueTicket(a.local, a.ctx, { serviceId: 'housing', needs: NO_NEEDS, priority: false }));
    const rounds = await Promise.all([pushPending(a.local, a.deviceId, a.api), pushPending(a.local, a.deviceId, a.api)]);
    expect(rounds.map((r) => r.refused)).toEqual([null, null]);
    expect(await a.local.events.where('pushed').equals(0).count()).toBe(0);
    const held = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE device_id = $1', [a.deviceId]);
    expect(held.rows[0]!.n).toBe(4);
  });
});

describe('the live stream and clocks that disagree', () => {
  it('brings A’s new ticket to B through the live stream, with no pull round in between', async () => {
    const { startSync } = await import('../../renderer/src/sync/engine');
    const a = await pc(0);
    const b = await pc(1);
    const quiet = { now: () => Date.now(), random: () => 0.5, onStatus: () => undefined, intervalMs: 60 * 60_000 };
    const live: boolean[] = [];
    const engineB = startSync({ ...quiet, db: b.local, deviceId: b.deviceId, api: b.api, onStatus: (s) => live.push(s.live) });
    await vi.waitFor(() => expect(live.at(-1)).toBe(true));
    const issued = unwrap(await issueTicket(a.local, a.ctx, { serviceId: 'benefits', needs: NO_NEEDS, priority: false }));
    await syncOnce(a.local, a.deviceId, a.api);
    // B's only round ran before the ticket existed, and its next is an hour away: only the stream can bring it.
    await vi.waitFor(() => expect(b.local.tickets.get(issued.id)).resolves.toMatchObject({ number: issued.number, status: 'waiting' }), { timeout: 5000 });
    engineB.stop();
  });

  it('a call from a PC whose clock is behind still comes after the issue it answers', async () => {
    const a = await pc(0);
    const b = await pc(1);
    b.ctx.advance(-3); // B's clock is three minutes behind A's
    const issued = unwrap(await issueTicket(a.local, a.ctx, { serviceId: 'housing', needs: NO_NEEDS, priority: false }));
    await syncOnce(a.local, a.deviceId, a.api);
    await syncOnce(b.local, b.deviceId, b.api);
    unwrap(await deskCommand(b.local, b.ctx, { type: 'signOn', desk: '4', services: ['housing'], skills: ALL_SKILLS }));
    unwrap(await ticketCommand(b.local, b.ctx, { type: 'call', ticketId: issued.id, desk: '4', outOfTurnReason: 'earlier tests left others waiting' }));
    await syncOnce(b.local, b.deviceId, b.api);
    await syncOnce(a.local, a.deviceId, a.api);
    for (const local of [a.local, b.local]) expect(await local.tickets.get(issued.id)).toMatchObject({ status: 'called', desk: '4', conflicts: [] });
  });
});

describe('a PC whose clock is too far from the endpoint’s', () => {
  it('measures the offset through a real round and flags the timing of the tickets it timed today', async () => {
    const { startSync } = await import('../../renderer/src/sync/engine');
    const { flagIfClockOut } = await import('../../renderer/src/sync/clock-check');
    const a = await pc(0);
    // This PC believes it is 09:00 on 23 November 2026; the endpoint knows better (years apart).
    const t = unwrap(await issueTicket(a.local, a.ctx, { serviceId: 'benefits', needs: NO_NEEDS, priority: false }));
    const offsets: number[] = [];
    const engine = startSync({
      db: a.local,
      deviceId: a.deviceId,
      api: a.api,
      now: a.ctx.now,
      random: () => 0.5,
      onStatus: () => undefined,
      live: false,
      intervalMs: 60_000,
      onRound: async (_r, offsetMs) => {
        offsets.push(offsetMs);
        await flagIfClockOut(a.local, a.ctx, offsetMs, 60);
      },
    });
    await vi.waitFor(() => expect(a.local.tickets.get(t.id)).resolves.toMatchObject({ timingInaccurate: true }));
    engine.stop();
    expect(Math.abs(offsets[0]!)).toBeGreaterThan(60_000);
    // The flag is an event like any other: it reaches the endpoint, and is not written twice.
    expect(await flagIfClockOut(a.local, a.ctx, offsets[0]!, 60)).toBe(0);
    await syncOnce(a.local, a.deviceId, a.api);
    const held = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM events WHERE device_id = $1 AND type = 'ticket.timingFlagged'", [a.deviceId]);
    expect(held.rows[0]!.n).toBe(1);
  });
});
