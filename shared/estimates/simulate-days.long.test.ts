import { describe, expect, it } from 'vitest';
import { simulateDays } from './simulate-days';
import type { DayModel } from './simulate-days';
import { steadyDay } from '../testing/steady-day';
import { meanWaitMsWith, serviceLevelWith } from '../planner/erlang';
import { seededRandom } from './seeded-random';

/**
 * The long statistical check of the simulation (about a million simulated customers): run by
 * `npm test`, left out of mutation testing (vitest.mutation.config.ts), where it would be run
 * again for every mutant; the simulation's own behaviour is tested in simulate-days.test.ts.
 */

/** The service level over the slots after a warm-up (Erlang C is the queue that has run for ever; a day starts empty). */
function steadyLevel(model: DayModel, days: number, warmUpSlots: number, seed: number): { level: number; meanWaitMs: number } {
  const out = simulateDays(model, days, seededRandom(seed).next).slice(warmUpSlots);
  const customers = out.reduce((a, o) => a + o.customers, 0);
  const within = out.reduce((a, o) => a + o.withinStandard, 0);
  const waited = out.reduce((a, o) => a + o.waitedMs, 0);
  return { level: within / customers, meanWaitMs: waited / customers };
}

describe('the simulation against Erlang C where its assumptions hold (one service, random arrivals, exponential times)', () => {
  // 200 seeded days of eight hours at a steady rate; the first two hours are left out as warm-up.
  // Erlang C is the queue that has run for ever; a near-saturated counter never gets there in a day (at 89% busy
  // it takes days to settle), so the comparison is at the loads a plan recommends (busy 55–80% of the time).
  it.each([
    // The textbook case: 100 an half hour, 180 s each, answered within 20 s (79.6% and 88.8%).
    { desks: 13, perSlot: 100, meanMs: 180_000, standardMs: 20_000 },
    { desks: 14, perSlot: 100, meanMs: 180_000, standardMs: 20_000 },
    // Council counters: seen within 10 minutes, and within 5.
    { desks: 7, perSlot: 20, meanMs: 480_000, standardMs: 600_000 },
    { desks: 3, perSlot: 10, meanMs: 300_000, standardMs: 300_000 },
  ])(
    '$desks desks, $perSlot an half hour, $meanMs ms each: within one percentage point over 200 days a seed, three seeds together',
    ({ desks, perSlot, meanMs, standardMs }) => {
      const model = steadyDay(16, desks, perSlot, meanMs, standardMs);
      const staffing = { arrivalsPerHour: perSlot * 2, meanServiceMs: meanMs };
      const erlang = serviceLevelWith(desks, staffing, standardMs);
      const runs = [1, 2, 3].map((seed) => steadyLevel(model, 200, 4, seed));
      const pooled = runs.reduce((a, r) => a + r.level, 0) / runs.length;
      expect(Math.abs(pooled - erlang) * 100).toBeLessThan(1);
      for (const simulated of runs) {
        // One seed's 200 days of the smallest case (3 desks, 24,000 customers) spread about 0.6 points
        // round Erlang's figure (measured over 20 seeds, no bias), so each alone is held to three spreads.
        expect(Math.abs(simulated.level - erlang) * 100).toBeLessThan(2);
        // The mean wait agrees too, within a fifth (it is the noisier figure).
        expect(Math.abs(simulated.meanWaitMs - meanWaitMsWith(desks, staffing))).toBeLessThan(0.2 * meanWaitMsWith(desks, staffing) + 1_000);
      }
    },
    // About a million customers simulated: a second here, far more under mutation testing's instrumentation.
    60_000,
  );
});
