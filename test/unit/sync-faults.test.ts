import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../shared/testing/prng';
import { at } from '../../shared/testing/scenario';
import { syncOnce } from '../../renderer/src/sync/sync';
import { FAULTS, startFaultProxy } from './fault-proxy';
import type { Fault } from './fault-proxy';
import { act, apiFor, foldServer, serverEvents, signOn, sitePcs, startWorld, ticketsOf } from './sync-world';
import type { Act, Pc, World } from './sync-world';

/**
 * Two PCs sync through a proxy that drops acknowledgements after the
 * endpoint committed, answers 500, hangs, duplicates and replays requests
 * late, and cuts answers off. When the network heals, every PC and the
 * endpoint hold the same events, once each, and fold to the same queue.
 */
let w: World;
beforeAll(async () => {
  w = await startWorld();
}, 30_000);
afterAll(() => w?.close());

async function settle(pcs: Pc[], api: (pc: Pc) => ReturnType<typeof apiFor>) {
  for (let round = 0; round < 20; round++) {
    let moved = 0;
    for (const pc of pcs) {
      const r = await syncOnce(pc.local, pc.deviceId, api(pc));
      moved += r.pushed + r.pulled;
    }
    const pending = await Promise.all(pcs.map((pc) => pc.local.events.where('pushed').equals(0).count()));
    if (moved === 0 && pending.every((n) => n === 0)) return;
  }
  throw new Error('sync did not settle');
}

describe('sync through a faulty network', () => {
  it('converges with no event lost or doubled, and no ticket number given twice', async () => {
    const rng = seededRandom(2026);
    let healed = false;
    const proxy = await startFaultProxy(w.base, (_method, path) => {
      if (healed || path !== '/v1/events') return 'none';
      return rng.next() < 0.45 ? FAULTS[1 + Math.floor(rng.next() * (FAULTS.length - 1))]! : 'none';
    });
    const pcs = await sitePcs(w, 'faults', 2, at(0), 7);
    await signOn(pcs[0]!, '1');
    await signOn(pcs[1]!, '2');
    const acts: Act['kind'][] = ['issue', 'issue', 'call', 'serve', 'finish'];
    for (let step = 0; step < 80; step++) {
      const pc = pcs[step % 2]!;
      pc.ctx.advance(0.5);
      const kind = acts[Math.floor(rng.next() * acts.length)]!;
      await act(pc, step % 2 ? '2' : '1', kind === 'issue' ? { kind, service: Math.floor(rng.next() * 3) } : { kind });
      await syncOnce(pc.local, pc.deviceId, apiFor(pc, proxy.url, undefined, 250)).catch(() => undefined);
    }
    // Every kind of fault really happened along the way.
    for (const f of FAULTS) expect(proxy.counts[f as Fault], f).toBeGreaterThan(0);

    healed = true;
    await settle(pcs, (pc) => apiFor(pc, proxy.url));
    const held = await serverEvents(w.db, 'faults');
    const ids = held.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const pc of pcs) {
      const local = (await pc.local.events.toArray()).map((e) => e.id).sort();
      expect(local).toEqual([...ids].sort());
    }
    const expected = foldServer(held);
    for (const pc of pcs) expect(await ticketsOf(pc.local)).toEqual(expected);
    const numbers = expected.map((t) => `${t.day}:${t.number}`);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(expected.length).toBeGreaterThan(10);
    await proxy.close();
  }, 60_000);
});
