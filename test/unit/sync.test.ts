import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { NO_NEEDS } from '../../shared/events/schema';
import { ALL_SKILLS, at } from '../../shared/testing/scenario';
import { buildApp } from '../../server/app';
import type { Database } from '../../server/db/adapter';
import { migrate } from '../../server/db/migrate';
import { openPglite } from '../../server/db/pglite';
import { createSite, enrolDevice } from '../../server/devices';
import { ReceptionDb } from '../../renderer/src/db/database';
import { deskCommand, issueTicket, ticketCommand } from '../../renderer/src/db/commands';
import { testContext } from '../../renderer/src/db/testing';
import { httpEndpoint } from '../../renderer/src/sync/api';
import { syncOnce } from '../../renderer/src/sync/sync';

/** Two reception PCs (each its own IndexedDB) syncing through a real endpoint on loopback. */
let db: Database;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  app = await buildApp({ db });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  await createSite(db, 'sync-site', 'Sync site');
}, 30_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

let n = 0;
async function pc(slot: number) {
  const { deviceId, token } = await enrolDevice(db, 'sync-site', `PC ${slot}`);
  const ctx = { ...testContext(deviceId, at(0), 1000 + n * 10 + slot), siteId: 'sync-site', slot: { slot, slots: 2 } };
  return { deviceId, ctx, local: new ReceptionDb(`sync-${++n}`), api: httpEndpoint(base, token) };
}
const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

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
});
