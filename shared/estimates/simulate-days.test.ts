import { describe, expect, it } from 'vitest';
import { drawServiceMs, simulateDays, simulatedLevel } from './simulate-days';
import type { DayModel } from './simulate-days';
import { steadyDay } from '../testing/steady-day';
import { serviceLevelWith } from '../planner/erlang';
import { seededRandom } from '../testing/prng';

const HALF_HOUR = 30 * 60_000;

describe('the simulation of a council day', () => {
  it('simulates exactly the days asked for: none gives nothing', () => {
    const model = steadyDay(2, 3, 10, 480_000, 600_000);
    expect(simulateDays(model, 0, seededRandom(7).next).every((o) => o.customers === 0 && Object.keys(o.arrivedByService).length === 0)).toBe(true);
    const one = simulateDays(model, 1, seededRandom(7).next);
    const two = simulateDays(model, 2, seededRandom(7).next);
    expect(two[0]!.arrivedByService['housing']!).toBeGreaterThan(one[0]!.arrivedByService['housing']!);
  });

  it('is the same for the same seed, and differs for another', () => {
    const model = steadyDay(6, 3, 10, 480_000, 600_000);
    const a = simulateDays(model, 20, seededRandom(7).next);
    expect(simulateDays(model, 20, seededRandom(7).next)).toEqual(a);
    expect(simulateDays(model, 20, seededRandom(8).next)).not.toEqual(a);
  });

  it('counts every arrival once, by the half hour it arrived in, about as many as forecast', () => {
    const model = steadyDay(4, 3, 10, 480_000, 600_000);
    const out = simulateDays(model, 400, seededRandom(3).next);
    expect(out.map((o) => o.slot)).toEqual([18, 19, 20, 21]);
    for (const o of out) {
      expect(o.customers / 400).toBeGreaterThan(9.5);
      expect(o.customers / 400).toBeLessThan(10.5);
    }
  });

  it('a morning that starts with nobody waiting does better than the queue that has run for ever', () => {
    const model = steadyDay(1, 5, 20, 480_000, 600_000);
    const first = simulatedLevel(simulateDays(model, 400, seededRandom(11).next)[0]!);
    expect(first).toBeGreaterThan(serviceLevelWith(5, { arrivalsPerHour: 40, meanServiceMs: 480_000 }, 600_000) + 0.05);
  });

  it('with no desk open, nobody is called and everyone counts as missed', () => {
    const model = steadyDay(2, 0, 5, 480_000, 600_000);
    const out = simulateDays(model, 10, seededRandom(1).next);
    const customers = out.reduce((a, o) => a + o.customers, 0);
    expect(customers).toBeGreaterThan(50);
    expect(out.reduce((a, o) => a + o.neverCalled, 0)).toBe(customers);
    expect(out.reduce((a, o) => a + o.withinStandard, 0)).toBe(0);
  });

  it('closing desks after the morning leaves the afternoon worse off; the last half hour’s desks see everyone left', () => {
    const morning: DayModel = { ...steadyDay(4, 6, 20, 480_000, 600_000) };
    const cut: DayModel = { ...morning, slots: morning.slots.map((s, i) => (i >= 2 ? { ...s, desks: 4 } : s)) };
    const full = simulateDays(morning, 300, seededRandom(5).next);
    const short = simulateDays(cut, 300, seededRandom(5).next);
    expect(simulatedLevel(short[3]!)).toBeLessThan(simulatedLevel(full[3]!) - 0.1);
    expect(short.reduce((a, o) => a + o.neverCalled, 0)).toBe(0);
  });

  it('a desk closed in a half hour takes nobody then: one desk open only in the second half hour calls nobody before it', () => {
    const model: DayModel = {
      ...steadyDay(2, 0, 4, 60_000, 600_000),
      slots: [
        { slot: 18, desks: 0, arrivals: { housing: 4 } },
        { slot: 19, desks: 1, arrivals: {} },
      ],
    };
    const out = simulateDays(model, 50, seededRandom(9).next);
    // Everyone arrived in the first half hour; each waited at least until the desk opened.
    expect(out[1]!.customers).toBe(0);
    expect(out[0]!.customers).toBeGreaterThan(100);
    expect(out[0]!.neverCalled).toBe(0);
    expect(out[0]!.waitedMs / out[0]!.customers).toBeGreaterThan(HALF_HOUR / 2);
  });

  it('desks that close before the day ends leave the later customers never called, not called at no time', () => {
    const model: DayModel = {
      ...steadyDay(2, 0, 4, 60_000, 600_000),
      slots: [
        { slot: 18, desks: 1, arrivals: { housing: 4 } },
        { slot: 19, desks: 0, arrivals: { housing: 4 } },
      ],
    };
    const out = simulateDays(model, 50, seededRandom(9).next);
    // The first half hour's desk closes at its end: those arriving after it are never called.
    expect(out[1]!.customers).toBeGreaterThan(100);
    expect(out[1]!.neverCalled).toBe(out[1]!.customers);
    expect(out[1]!.called).toBe(0);
    expect(out[1]!.waitedMs).toBe(0);
    expect(out[0]!.called).toBe(out[0]!.customers);
  });

  it('draws priority customers in their forecast share, and the call order brings them forward', () => {
    const base = steadyDay(8, 6, 20, 480_000, 600_000);
    const none = simulateDays(base, 200, seededRandom(2).next);
    const some = simulateDays({ ...base, priorityShare: 0.3, priorityStandardMs: 60_000 }, 200, seededRandom(2).next);
    const sum = (o: typeof none, key: 'priorityArrived' | 'priorityCalled' | 'priorityWaitedMs' | 'called' | 'waitedMs') => o.reduce((a, x) => a + x[key], 0);
    const arrived = some.reduce((a, x) => a + (x.arrivedByService['housing'] ?? 0), 0);
    expect(sum(none, 'priorityArrived')).toBe(0);
    expect(sum(some, 'priorityArrived') / arrived).toBeGreaterThan(0.28);
    expect(sum(some, 'priorityArrived') / arrived).toBeLessThan(0.32);
    // The same customers in both (common random numbers): only who is called first differs.
    expect(some.map((o) => o.arrivedByService)).toEqual(none.map((o) => o.arrivedByService));
    const priorityMean = sum(some, 'priorityWaitedMs') / sum(some, 'priorityCalled');
    const othersMean = (sum(some, 'waitedMs') - sum(some, 'priorityWaitedMs')) / (sum(some, 'called') - sum(some, 'priorityCalled'));
    // Nobody gives up, so every priority customer is called, and each waited a while at least sometimes.
    expect(sum(some, 'priorityCalled')).toBe(sum(some, 'priorityArrived'));
    expect(sum(some, 'priorityWaitedMs')).toBeGreaterThan(0);
    expect(priorityMean).toBeLessThan(othersMean * 0.6);
    // Without jumping the queue, everyone waits about alike.
    expect(sum(none, 'waitedMs') / sum(none, 'called')).toBeGreaterThan(priorityMean * 1.5);
  });
});

describe('services, their times, and customers who give up', () => {
  it('draws each customer’s service in its forecast share, and none for a service forecast at nobody', () => {
    const model: DayModel = {
      ...steadyDay(1, 5, 0, 60_000, 600_000),
      slots: [{ slot: 18, desks: 5, arrivals: { housing: 6, benefits: 2, planning: 0, parking: 2 } }],
    };
    const [out] = simulateDays(model, 400, seededRandom(12).next);
    const by = out!.arrivedByService;
    expect(Object.keys(by).sort()).toEqual(['benefits', 'housing', 'parking']);
    expect(by['parking']! / 400).toBeGreaterThan(1.8);
    expect(by['parking']! / 400).toBeLessThan(2.2);
    expect(by['housing']! / 400).toBeGreaterThan(5.7);
    expect(by['housing']! / 400).toBeLessThan(6.3);
    expect(by['benefits']! / 400).toBeGreaterThan(1.8);
    expect(by['benefits']! / 400).toBeLessThan(2.2);
    // Nobody walked out, so every arrival was counted.
    expect(out!.customers).toBe(by['housing']! + by['benefits']! + by['parking']!);
  });

  it('times each service at its own time, and one with no time of its own at the fallback', () => {
    // One desk, 4 an half hour: at 1 minute each nobody waits long; at an hour each most wait past the standard.
    const day = (times: DayModel['serviceTimes'], fallbackMs: number): DayModel => ({
      ...steadyDay(4, 1, 4, 60_000, 600_000),
      times: 'observed',
      serviceTimes: times,
      fallbackTime: { meanMs: fallbackMs, sdMs: 0 },
    });
    const level = (m: DayModel) => {
      const out = simulateDays(m, 50, seededRandom(6).next);
      return out.reduce((a, o) => a + o.withinStandard, 0) / out.reduce((a, o) => a + o.customers, 0);
    };
    expect(level(day({ housing: { meanMs: 60_000, sdMs: 0 } }, 3_600_000))).toBeGreaterThan(0.95);
    expect(level(day({ housing: { meanMs: 3_600_000, sdMs: 0 } }, 60_000))).toBeLessThan(0.3);
    expect(level(day({}, 3_600_000))).toBeLessThan(0.3);
    expect(level(day({}, 60_000))).toBeGreaterThan(0.95);
  });

  it('a customer who gives up before the standard is left out; one who gives up after it is a miss; nobody waits for ever', () => {
    const never: DayModel = { ...steadyDay(2, 0, 10, 60_000, 600_000) };
    // Patience of a moment: all walk out at once, none counted.
    const hasty = simulateDays({ ...never, patienceMs: 1 }, 50, seededRandom(8).next);
    const arrived = hasty.reduce((a, o) => a + o.walkedOut, 0);
    expect(arrived).toBeGreaterThan(800);
    expect(hasty.reduce((a, o) => a + o.customers + o.called + o.neverCalled, 0)).toBe(0);
    // An hour on average: about e^(−1/6) = 85% of them are still there at 10 minutes, so counted (and missed).
    const patient = simulateDays({ ...never, patienceMs: 3_600_000 }, 200, seededRandom(8).next);
    const walked = patient.reduce((a, o) => a + o.walkedOut, 0);
    const counted = patient.reduce((a, o) => a + o.customers, 0);
    expect(counted / walked).toBeGreaterThan(0.82);
    expect(counted / walked).toBeLessThan(0.88);
    expect(patient.reduce((a, o) => a + o.withinStandard + o.neverCalled, 0)).toBe(0);
  });

  it('with desks free, nobody gives up: each is called the moment they arrive', () => {
    const free = simulateDays({ ...steadyDay(4, 10, 4, 60_000, 600_000), patienceMs: 60_000 }, 50, seededRandom(5).next);
    expect(free.reduce((a, o) => a + o.walkedOut, 0)).toBe(0);
    expect(free.reduce((a, o) => a + o.waitedMs, 0)).toBe(0);
    expect(free.every((o) => o.called === o.customers && o.withinStandard === o.customers)).toBe(true);
  });

  it('some give up while the desks are busy, and those called are the rest', () => {
    const busy = simulateDays({ ...steadyDay(8, 2, 20, 480_000, 600_000), patienceMs: 600_000 }, 50, seededRandom(3).next);
    for (const o of busy) {
      const arrived = Object.values(o.arrivedByService).reduce((a, b) => a + b, 0);
      expect(o.called + o.walkedOut).toBe(arrived);
      // Counted: everyone called, and those who gave up after the standard; never more than arrived.
      expect(o.customers).toBeGreaterThanOrEqual(o.called);
      expect(o.customers).toBeLessThanOrEqual(arrived);
    }
    expect(busy.reduce((a, o) => a + o.walkedOut, 0)).toBeGreaterThan(0);
  });
});

describe('a time at the desk', () => {
  it('exponential has the mean asked for; observed has its mean and spread; no spread is the mean itself', () => {
    const random = seededRandom(4).next;
    const draw = (n: number, f: () => number) => Array.from({ length: n }, f);
    const exp = draw(40_000, () => drawServiceMs({ meanMs: 300_000, sdMs: 10 }, 'exponential', random));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(exp) / 300_000).toBeCloseTo(1, 1);
    // An exponential's spread is its mean, whatever spread the service has.
    const spread = (xs: number[]) => {
      const m = mean(xs);
      return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
    };
    expect(spread(exp) / 300_000).toBeCloseTo(1, 1);
    const obs = draw(40_000, () => drawServiceMs({ meanMs: 300_000, sdMs: 120_000 }, 'observed', random));
    const m = mean(obs);
    const sd = Math.sqrt(mean(obs.map((x) => (x - m) ** 2)));
    expect(m / 300_000).toBeCloseTo(1, 1);
    expect(sd / 120_000).toBeCloseTo(1, 1);
    expect(Math.min(...obs)).toBeGreaterThan(0);
    expect(drawServiceMs({ meanMs: 300_000, sdMs: 0 }, 'observed', random)).toBe(300_000);
  });
});
