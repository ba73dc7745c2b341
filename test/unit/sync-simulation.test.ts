import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at } from '../../shared/testing/scenario';
import { syncOnce } from '../../renderer/src/sync/sync';
import { act, apiFor, foldServer, serverEvents, signOn, sitePcs, startWorld, ticketsOf } from './sync-world';
import type { Act, World } from './sync-world';

/**
 * Many PCs of one site, each with its own fake-indexeddb database and a clock
 * that is off by up to three minutes, doing random work while dropping off
 * the network and coming back at random. Whatever happened, once all are
 * online and synced, every PC and the endpoint agree on every ticket and desk.
 */
let w: World;
beforeAll(async () => {
  w = await startWorld();
}, 30_000);
afterAll(() => w?.close());

type Step = { t: 'act'; pc: number; act: Act } | { t: 'sync'; pc: number } | { t: 'network'; pc: number; online: boolean } | { t: 'tick'; minutes: number };

const actArb: fc.Arbitrary<Act> = fc.oneof(
  fc.record({ kind: fc.constant('issue' as const), service: fc.nat(2) }),
  fc.constant({ kind: 'call' as const }),
  fc.constant({ kind: 'serve' as const }),
  fc.constant({ kind: 'finish' as const }),
);
const stepArb = (pcs: number): fc.Arbitrary<Step> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.record({ t: fc.constant('act' as const), pc: fc.nat(pcs - 1), act: actArb }) },
    { weight: 3, arbitrary: fc.record({ t: fc.constant('sync' as const), pc: fc.nat(pcs - 1) }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('network' as const), pc: fc.nat(pcs - 1), online: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('tick' as const), minutes: fc.integer({ min: 1, max: 15 }) }) },
  );
const worldArb = fc.integer({ min: 2, max: 4 }).chain((n) =>
  fc.record({
    offsetsS: fc.array(fc.integer({ min: -180, max: 180 }), { minLength: n, maxLength: n }),
    steps: fc.array(stepArb(n), { minLength: 10, maxLength: 45 }),
  }),
);

let run = 0;
describe('a site of PCs that go offline and disagree about the time', () => {
  it('ends with identical projections on every PC and on the endpoint', async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, async ({ offsetsS, steps }) => {
        const siteId = `sim-${++run}`;
        const pcs = await sitePcs(w, siteId, offsetsS.length, at(0), run);
        pcs.forEach((pc, i) => pc.ctx.advance(offsetsS[i]! / 60));
        const online = pcs.map(() => true);
        for (const [i, pc] of pcs.entries()) await signOn(pc, String(i + 1));
        for (const s of steps) {
          if (s.t === 'act') {
            pcs[s.pc]!.ctx.advance(0.25);
            await act(pcs[s.pc]!, String(s.pc + 1), s.act);
          } else if (s.t === 'sync' && online[s.pc]) await syncOnce(pcs[s.pc]!.local, pcs[s.pc]!.deviceId, apiFor(pcs[s.pc]!, w.base));
          else if (s.t === 'network') online[s.pc] = s.online;
          else if (s.t === 'tick') pcs.forEach((pc) => pc.ctx.advance(s.minutes));
        }
        // Everyone back online: two full rounds reach everything everywhere.
        for (let round = 0; round < 2; round++) for (const pc of pcs) await syncOnce(pc.local, pc.deviceId, apiFor(pc, w.base));

        const held = await serverEvents(w.db, siteId);
        const expected = foldServer(held);
        for (const pc of pcs) {
          expect(await pc.local.events.where('pushed').equals(0).count()).toBe(0);
          expect(await ticketsOf(pc.local)).toEqual(expected);
          expect(await pc.local.desks.orderBy('desk').toArray()).toEqual(await pcs[0]!.local.desks.orderBy('desk').toArray());
        }
        const numbers = expected.map((t) => `${t.day}:${t.number}`);
        expect(new Set(numbers).size).toBe(numbers.length);
        await Promise.all(pcs.map(async (pc) => (pc.local.close(), await pc.local.delete())));
      }),
      { numRuns: 15, seed: 20261122 },
    );
  }, 120_000);
});
