import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_NEEDS } from '../../shared/events/schema';
import { at } from '../../shared/testing/scenario';
import { ReceptionDb } from '../../renderer/src/db/database';
import { issueTicket } from '../../renderer/src/db/commands';
import { testContext } from '../support/device-context';
import type { EndpointApi } from '../../renderer/src/sync/api';
import { TokenRefusedError, tokenRefused } from '../../renderer/src/sync/api';
import { MAX_BACKOFF_MS, backoffMs, startSync } from '../../renderer/src/sync/engine';
import type { SyncStatus } from '../../renderer/src/state/sync-status';

afterEach(() => vi.useRealTimers());

/** An endpoint that is down until `up()` says otherwise, holds what it is sent, and whose clock is `aheadMs` ahead. */
function fakeEndpoint(up: () => boolean, held: unknown[], aheadMs: number): EndpointApi {
  const down = () => Promise.reject(new Error('connection refused'));
  return {
    push: async (events) => {
      if (!up()) return down();
      held.push(...events);
      return { kind: 'ack', ackSeq: held.length, serverTime: Date.now() + aheadMs };
    },
    pull: async (after) => (up() ? { events: [], cursor: after, more: false, serverTime: Date.now() + aheadMs } : down()),
    whoami: () => Promise.reject(new Error('not used')),
    verifyDay: () => Promise.reject(new Error('not used')),
    claim: () => Promise.reject(new Error('not used')),
    stream: () => Promise.reject(new Error('no live stream here')),
  };
}

describe('sync backoff', () => {
  it('doubles from a second up to the cap, with jitter in the upper half', () => {
    expect(backoffMs(1, 0, 60_000)).toBe(1000);
    expect(backoffMs(1, 1, 60_000)).toBe(2000);
    expect(backoffMs(3, 0.5, 60_000)).toBe(6000);
    expect(backoffMs(20, 1, 60_000)).toBe(60_000);
    // However long the outage, a PC tries again within a few seconds: back in step soon after the endpoint returns.
    expect(MAX_BACKOFF_MS).toBeLessThanOrEqual(5_000);
    expect(backoffMs(10_000, 1, MAX_BACKOFF_MS)).toBe(MAX_BACKOFF_MS);
  });
});

const unsent = (db: ReceptionDb) => db.events.where('pushed').equals(0).count();

describe('the sync engine', () => {
  it('reports offline while the endpoint is unreachable, retries by itself, and comes back online with nothing pending', async () => {
    const db = new ReceptionDb('engine-test');
    const ctx = testContext('00000000-0000-4000-8000-0000000000e1', at(0), 77);
    await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false });
    let up = false;
    const held: unknown[] = [];
    const api = fakeEndpoint(() => up, held, 90_000);
    const seen: SyncStatus[] = [];
    const engine = startSync({
      db,
      deviceId: ctx.deviceId,
      api,
      now: () => Date.now(),
      random: () => 0,
      onStatus: (s) => seen.push(s),
      intervalMs: 50,
      maxBackoffMs: 100,
    });
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ state: 'offline', lastError: 'connection refused' }));
    expect(await unsent(db)).toBe(1);
    up = true;
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ state: 'online' }), { timeout: 3000 });
    expect(await unsent(db)).toBe(0);
    expect(held).toHaveLength(1);
    // The endpoint's clock is 90 s ahead of this PC's: the offset is measured and reported.
    expect(Math.round(seen.at(-1)!.clockOffsetMs! / 1000)).toBe(90);
    engine.stop();
    db.close();
    await db.delete();
  });

  it('says the token was refused, not offline, when the endpoint refuses it', async () => {
    const db = new ReceptionDb('engine-refused');
    const seen: SyncStatus[] = [];
    const api: EndpointApi = {
      ...fakeEndpoint(() => true, [], 0),
      pull: () => Promise.reject(new TokenRefusedError(tokenRefused('this device has been revoked'))),
    };
    const engine = startSync({
      db,
      deviceId: '00000000-0000-4000-8000-0000000000e3',
      api,
      now: () => Date.now(),
      random: () => 0,
      onStatus: (s) => seen.push(s),
      maxBackoffMs: 100,
    });
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ state: 'refused', lastError: expect.stringContaining('device token was refused') }));
    engine.stop();
    db.close();
    await db.delete();
  });

  it('tries again at once when woken (network back, PC awake), instead of waiting out a long backoff', async () => {
    const db = new ReceptionDb('engine-wake');
    const ctx = testContext('00000000-0000-4000-8000-0000000000e2', at(0), 78);
    await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false });
    let up = false;
    const api = fakeEndpoint(() => up, [], 0);
    const seen: SyncStatus[] = [];
    // random() = 1 and a one-minute floor: left alone, the next try is a minute away.
    const engine = startSync({
      db,
      deviceId: ctx.deviceId,
      api,
      now: () => Date.now(),
      random: () => 1,
      onStatus: (s) => seen.push(s),
      maxBackoffMs: 60_000,
      intervalMs: 60_000,
    });
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ state: 'offline' }));
    up = true;
    engine.wake();
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ state: 'online' }), { timeout: 2000 });
    expect(await unsent(db)).toBe(0);
    engine.stop();
    db.close();
    await db.delete();
  });
});
