import { describe, expect, it } from 'vitest';
import { erlangA } from './erlang-a';
import { simulateDays } from '../estimates/simulate-days';
import type { DayModel } from '../estimates/simulate-days';
import { seededRandom } from '../estimates/seeded-random';

/**
 * Erlang A against the simulation with patience: the long statistical check (200 days a case), run
 * by `npm test`, left out of mutation testing (vitest.mutation.config.ts) where it would run for
 * every mutant; erlang-a.test.ts checks Erlang A against an independent computation exactly.
 */
const MIN = 60_000;
const council = { arrivalsPerHour: 30, meanServiceMs: 8 * MIN };

describe('Erlang A against the simulation', () => {
  // A long steady day simulated with the same patience, read as the headline is: walk-outs before the standard left out.
  it.each([
    { desks: 4, patience: 20 },
    { desks: 3, patience: 10 },
    { desks: 5, patience: 30 },
  ])(
    '$desks desks, patience $patience minutes: the simulation agrees within one percentage point over 200 days',
    ({ desks, patience }) => {
      const model: DayModel = {
        slots: Array.from({ length: 16 }, (_, i) => ({ slot: 18 + i, desks, arrivals: { housing: 15 } })),
        slotMs: 30 * MIN,
        serviceTimes: { housing: { meanMs: 8 * MIN, sdMs: 8 * MIN } },
        fallbackTime: { meanMs: 8 * MIN, sdMs: 8 * MIN },
        times: 'exponential',
        standardMs: 10 * MIN,
        priorityShare: 0,
        priorityStandardMs: 10 * MIN,
        patienceMs: patience * MIN,
      };
      const a = erlangA(desks, council, patience * MIN, 10 * MIN);
      const out = simulateDays(model, 200, seededRandom(desks * 100 + patience).next).slice(4);
      const sum = (f: (o: (typeof out)[number]) => number) => out.reduce((acc, o) => acc + f(o), 0);
      const arrived = sum((o) => o.called + o.walkedOut);
      expect(Math.abs(sum((o) => o.withinStandard) / sum((o) => o.customers) - a.serviceLevel) * 100).toBeLessThan(1);
      expect(Math.abs(sum((o) => o.walkedOut) / arrived - a.abandoned) * 100).toBeLessThan(1);
    },
    60_000,
  );
});
