import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { desksNeededA, erlangA } from './erlang-a';
import { serviceLevelWith } from './erlang';

const MIN = 60_000;
const council = { arrivalsPerHour: 30, meanServiceMs: 8 * MIN };

describe('Erlang A: customers who give up', () => {
  it('with patience beyond any wait it is Erlang C, to a millionth', () => {
    for (const desks of [5, 6, 7, 9]) {
      const a = erlangA(desks, council, 1e13, 10 * MIN);
      expect(Math.abs(a.serviceLevel - serviceLevelWith(desks, council, 10 * MIN))).toBeLessThan(1e-6);
      expect(a.abandoned).toBeLessThan(1e-6);
    }
  });

  it('more desks never lower the share seen nor raise the walk-outs; more patient customers walk out less', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.double({ min: 1, max: 120, noNaN: true }), (desks, patienceMinutes) => {
        const a = erlangA(desks, council, patienceMinutes * MIN, 10 * MIN);
        const more = erlangA(desks + 1, council, patienceMinutes * MIN, 10 * MIN);
        expect(a.serviceLevel).toBeGreaterThanOrEqual(0);
        expect(a.serviceLevel).toBeLessThanOrEqual(1 + 1e-9);
        expect(more.serviceLevel).toBeGreaterThanOrEqual(a.serviceLevel - 1e-9);
        expect(more.abandoned).toBeLessThanOrEqual(a.abandoned + 1e-9);
        const patient = erlangA(desks, council, patienceMinutes * 2 * MIN, 10 * MIN);
        expect(patient.abandoned).toBeLessThanOrEqual(a.abandoned + 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('nobody arriving misses nothing; no desk sees nobody and everyone gives up', () => {
    expect(erlangA(3, { arrivalsPerHour: 0, meanServiceMs: 8 * MIN }, 20 * MIN, 10 * MIN)).toEqual({ serviceLevel: 1, abandoned: 0 });
    expect(erlangA(0, council, 20 * MIN, 10 * MIN)).toEqual({ serviceLevel: 0, abandoned: 1 });
    expect(desksNeededA({ arrivalsPerHour: 0, meanServiceMs: 8 * MIN }, 20 * MIN, 10 * MIN, 80, 5)).toBe(0);
  });

  it('the desks needed are the fewest that meet the target with walk-outs within the allowance', () => {
    for (const [allowance, expected] of [
      [5, 6],
      [10, 5],
      [20, 4],
    ] as const) {
      const n = desksNeededA(council, 20 * MIN, 10 * MIN, 80, allowance);
      expect(n).toBe(expected);
      const fewer = erlangA(n - 1, council, 20 * MIN, 10 * MIN);
      expect(fewer.serviceLevel * 100 < 80 || fewer.abandoned * 100 > allowance).toBe(true);
    }
  });

  it('a target met exactly is met, and an allowance of walk-outs met exactly is within it', () => {
    const exact = erlangA(5, council, 20 * MIN, 10 * MIN);
    expect(desksNeededA(council, 20 * MIN, 10 * MIN, exact.serviceLevel * 100, 100)).toBe(5);
    expect(desksNeededA(council, 20 * MIN, 10 * MIN, 50, exact.abandoned * 100)).toBe(5);
    // With any number allowed to walk out, the target alone decides: 2 desks see over half in time.
    expect(desksNeededA(council, 20 * MIN, 10 * MIN, 50, 100)).toBeLessThan(4);
  });
});

/**
 * An independent Erlang A, written here: the same steady state, but each arrival's own wait by
 * integrating its Kolmogorov backward equations with Runge–Kutta (not uniformisation):
 * called_i' = (cμ + iθ)(called_(i−1) − called_i) − θ·called_i, left_i' = (cμ + iθ)(left_(i−1) − left_i) + θ(1 − left_i),
 * with called_(−1) = 1 and left_(−1) = 0.
 */
function independent(desks: number, arrivalsPerHour: number, meanServiceMs: number, patienceMs: number, t: number): number {
  const lambda = arrivalsPerHour / 3_600_000;
  const mu = 1 / meanServiceMs;
  const theta = 1 / patienceMs;
  const pi = [1];
  for (let n = 1; n < desks + 400; n++) pi.push((pi[n - 1]! * lambda) / (Math.min(n, desks) * mu + Math.max(0, n - desks) * theta));
  const total = pi.reduce((a, b) => a + b, 0);
  const states = pi.length - desks;
  const derivative = (v: number[], boundary: number, own: number) =>
    v.map((x, i) => (desks * mu + i * theta) * ((i === 0 ? boundary : v[i - 1]!) - x) + theta * (own - x));
  let called = new Array<number>(states).fill(0);
  let left = new Array<number>(states).fill(0);
  const steps = 4000;
  const h = t / steps;
  const rk4 = (v: number[], boundary: number, own: number) => {
    const k1 = derivative(v, boundary, own);
    const k2 = derivative(
      v.map((x, i) => x + (h / 2) * k1[i]!),
      boundary,
      own,
    );
    const k3 = derivative(
      v.map((x, i) => x + (h / 2) * k2[i]!),
      boundary,
      own,
    );
    const k4 = derivative(
      v.map((x, i) => x + h * k3[i]!),
      boundary,
      own,
    );
    return v.map((x, i) => x + (h / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!));
  };
  for (let k = 0; k < steps; k++) {
    called = rk4(called, 1, 0);
    left = rk4(left, 0, 1);
  }
  let calledWithin = 0;
  let leftWithin = 0;
  pi.forEach((p, n) => {
    const share = p / total;
    if (n < desks) calledWithin += share;
    else {
      calledWithin += share * called[n - desks]!;
      leftWithin += share * left[n - desks]!;
    }
  });
  return calledWithin / (1 - leftWithin);
}

describe('Erlang A against an independent computation', () => {
  it.each([
    { desks: 4, perHour: 30, meanMinutes: 8, patience: 20, within: 10 },
    { desks: 2, perHour: 20, meanMinutes: 6, patience: 5, within: 10 },
    { desks: 7, perHour: 60, meanMinutes: 5, patience: 15, within: 5 },
    { desks: 3, perHour: 40, meanMinutes: 6, patience: 3, within: 15 },
  ])(
    '$desks desks, $perHour an hour, $meanMinutes minutes, patience $patience: the same to a millionth',
    ({ desks, perHour, meanMinutes, patience, within }) => {
      const ours = erlangA(desks, { arrivalsPerHour: perHour, meanServiceMs: meanMinutes * MIN }, patience * MIN, within * MIN).serviceLevel;
      expect(Math.abs(ours - independent(desks, perHour, meanMinutes * MIN, patience * MIN, within * MIN))).toBeLessThan(1e-6);
    },
  );
});
