import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { desksNeeded, erlangB, erlangC, loadOf, meanWaitMsWith, rosteredFor, serviceLevelWith } from './erlang';

const SEC = 1_000;
const MIN = 60_000;

/** Erlang C by direct summation, as the textbooks write it: A^c/c! · c/(c−A) over Σ_{k<c} A^k/k! + that. For small c only. */
function erlangCBySummation(c: number, a: number): number {
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term = (term * a) / (k + 1);
  }
  const top = term * (c / (c - a));
  return top / (sum + top);
}

describe('Erlang C against published values', () => {
  // The textbook case (Call Centre Helper's worked example): 100 calls in half an hour, 180 s
  // handling, 80% answered within 20 s. Load 10 erlangs; 13 agents give 79.6%, 14 give 88.8%: 14.
  const calls = { arrivalsPerHour: 200, meanServiceMs: 180 * SEC };

  it('the load is 10 erlangs and the chance to wait, by agents, is as published', () => {
    expect(loadOf(calls)).toBeCloseTo(10, 12);
    expect(erlangC(11, 10)).toBeCloseTo(0.6821, 4);
    expect(erlangC(12, 10)).toBeCloseTo(0.4494, 4);
    expect(erlangC(13, 10)).toBeCloseTo(0.2853, 4);
    expect(erlangC(14, 10)).toBeCloseTo(0.1741, 4);
  });

  it('13 agents answer 79.6% within 20 s and 14 answer 88.8%, so 14 are needed; the mean wait with 14 is 7.8 s', () => {
    expect(serviceLevelWith(13, calls, 20 * SEC)).toBeCloseTo(0.7956, 3);
    expect(serviceLevelWith(14, calls, 20 * SEC)).toBeCloseTo(0.8884, 3);
    expect(desksNeeded(calls, 20 * SEC, 80)).toBe(14);
    expect(meanWaitMsWith(14, calls) / SEC).toBeCloseTo(7.83, 1);
  });

  it('with 30% shrinkage, 14 open takes 20 rostered', () => {
    expect(rosteredFor(14, 30)).toBe(20);
    expect(rosteredFor(14, 0)).toBe(14);
    expect(rosteredFor(7, 30)).toBe(10); // 7 ÷ 0.7 is 10 exactly, not 11
  });
});

describe('Erlang C computed without factorials', () => {
  it('matches direct summation for every small case', () => {
    for (let c = 1; c <= 25; c++)
      for (const a of [0.1, 0.5, c / 2, c - 1.5, c - 0.5, c - 0.01].filter((x) => x > 0 && x < c))
        expect(erlangC(c, a)).toBeCloseTo(erlangCBySummation(c, a), 12);
  });

  it('stays finite and a probability for hundreds of desks, where factorials overflow', () => {
    const c = erlangC(400, 390);
    expect(Number.isFinite(c)).toBe(true);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
    expect(erlangB(0, 5)).toBe(1);
  });
});

describe('the rules a supervisor relies on', () => {
  const staffing = fc.record({
    arrivalsPerHour: fc.double({ min: 0.5, max: 300, noNaN: true }),
    meanServiceMs: fc.double({ min: 30 * SEC, max: 40 * MIN, noNaN: true }),
  });

  it('one more desk never lowers the share seen within the standard, nor lengthens the mean wait', () => {
    fc.assert(
      fc.property(staffing, fc.integer({ min: 1, max: 60 }), (s, desks) => {
        expect(serviceLevelWith(desks + 1, s, 10 * MIN)).toBeGreaterThanOrEqual(serviceLevelWith(desks, s, 10 * MIN) - 1e-12);
        expect(meanWaitMsWith(desks + 1, s)).toBeLessThanOrEqual(meanWaitMsWith(desks, s));
      }),
    );
  });

  it('a load at or above the desks cannot meet any standard: nobody is sure to be seen and the wait has no end', () => {
    fc.assert(
      fc.property(staffing, (s) => {
        const desks = Math.max(1, Math.floor(loadOf(s)));
        if (loadOf(s) < desks) return;
        expect(serviceLevelWith(desks, s, 10 * MIN)).toBe(0);
        expect(meanWaitMsWith(desks, s)).toBe(Infinity);
        expect(erlangC(desks, loadOf(s))).toBe(1);
      }),
    );
  });

  it('the desks needed are the fewest that reach the target: one fewer falls short', () => {
    fc.assert(
      fc.property(staffing, fc.integer({ min: 50, max: 99 }), (s, target) => {
        const n = desksNeeded(s, 10 * MIN, target);
        expect(serviceLevelWith(n, s, 10 * MIN) * 100).toBeGreaterThanOrEqual(target);
        if (n > 1) expect(serviceLevelWith(n - 1, s, 10 * MIN) * 100).toBeLessThan(target);
      }),
    );
  });

  it('nobody arriving needs no desk and keeps everyone within the standard', () => {
    const none = { arrivalsPerHour: 0, meanServiceMs: 10 * MIN };
    expect(desksNeeded(none, 10 * MIN, 80)).toBe(0);
    expect(serviceLevelWith(1, none, 10 * MIN)).toBe(1);
    expect(meanWaitMsWith(1, none)).toBe(0);
  });

  it('a council counter: 30 customers an hour, 8 minutes each, 80% within 10 minutes needs 5 desks (84.1%); 4, the load itself, never catch up', () => {
    const counter = { arrivalsPerHour: 30, meanServiceMs: 8 * MIN };
    expect(loadOf(counter)).toBe(4);
    expect(desksNeeded(counter, 10 * MIN, 80)).toBe(5);
    expect(serviceLevelWith(4, counter, 10 * MIN)).toBe(0);
    expect(serviceLevelWith(5, counter, 10 * MIN)).toBeCloseTo(1 - erlangCBySummation(5, 4) * Math.exp(-10 / 8), 12);
    expect(serviceLevelWith(5, counter, 10 * MIN)).toBeCloseTo(0.841, 3);
  });
});

describe('the edges a planner screen can reach', () => {
  it('no desks and nobody arriving: nobody waits and nobody is missed', () => {
    const none = { arrivalsPerHour: 0, meanServiceMs: 8 * MIN };
    expect(serviceLevelWith(0, none, 10 * MIN)).toBe(1);
    expect(meanWaitMsWith(0, none)).toBe(0);
  });

  it('a load exactly equal to the desks is a queue without end: everyone waits', () => {
    for (const desks of [1, 3, 5, 7, 12, 40]) expect(erlangC(desks, desks)).toBe(1);
  });

  it('a target met exactly is met: the desks that give exactly the target are enough', () => {
    const s = { arrivalsPerHour: 30, meanServiceMs: 8 * MIN };
    const exact = serviceLevelWith(5, s, 10 * MIN) * 100;
    expect(desksNeeded(s, 10 * MIN, exact)).toBe(5);
    expect(desksNeeded(s, 10 * MIN, exact + 1e-9)).toBe(6);
  });
});
