import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { durationStats, selectInPlace } from './stats';

/** The nearest-rank figures the plain way: sort, then read. */
function bySorting(values: readonly number[]) {
  const s = [...values].sort((x, y) => x - y);
  const at = (p: number) => s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]!;
  return { count: s.length, medianMs: at(50), p90Ms: at(90), meanMs: s.reduce((x, y) => x + y, 0) / s.length, maxMs: s[s.length - 1]! };
}

// Waits as they come: whole seconds in ms, many alike (the same minute, nobody waiting at all).
const waits = fc.array(
  fc.oneof(
    fc.integer({ min: 0, max: 40 }).map((m) => m * 60_000),
    fc.integer({ min: 0, max: 7_200_000 }),
  ),
  { minLength: 1, maxLength: 400 },
);

describe('durationStats by selection', () => {
  it('gives the same median, p90, mean and longest as sorting every wait', () => {
    fc.assert(
      fc.property(waits, (values) => {
        const got = durationStats(values);
        const want = bySorting(values);
        expect(got.count).toBe(want.count);
        expect([got.medianMs, got.p90Ms, got.maxMs]).toEqual([want.medianMs, want.p90Ms, want.maxMs]);
        expect(got.meanMs).toBeCloseTo(want.meanMs, 6);
      }),
    );
  });

  it('is right on the orders that trouble a selection: sorted, reversed, all alike, organ pipe, one long wait', () => {
    const n = 1001;
    const shapes = [
      Array.from({ length: n }, (_, i) => i),
      Array.from({ length: n }, (_, i) => n - i),
      Array.from({ length: n }, () => 300_000),
      Array.from({ length: n }, (_, i) => Math.min(i, n - i)),
      [...Array.from({ length: n - 1 }, () => 0), 3_600_000],
    ];
    for (const values of shapes) expect(durationStats(values)).toEqual(bySorting(values));
  });
});

describe('selectInPlace', () => {
  it('puts the value of rank k at k, nothing larger before it and nothing smaller after it', () => {
    fc.assert(
      fc.property(waits, fc.nat(), (values, pick) => {
        const a = Float64Array.from(values);
        const k = pick % a.length;
        selectInPlace(a, k);
        expect(a[k]).toBe([...values].sort((x, y) => x - y)[k]);
        for (let i = 0; i < k; i++) expect(a[i]!).toBeLessThanOrEqual(a[k]!);
        for (let i = k + 1; i < a.length; i++) expect(a[i]!).toBeGreaterThanOrEqual(a[k]!);
        // Nothing lost or added: the same values, in another order.
        expect([...a].sort((x, y) => x - y)).toEqual([...values].sort((x, y) => x - y));
      }),
    );
  });

  it('the partitions alone, never falling back to sorting, find the same value', () => {
    fc.assert(
      fc.property(waits, fc.nat(), (values, pick) => {
        const a = Float64Array.from(values);
        const k = pick % a.length;
        selectInPlace(a, k, 0, a.length - 1, Infinity);
        expect(a[k]).toBe([...values].sort((x, y) => x - y)[k]);
        for (let i = 0; i < k; i++) expect(a[i]!).toBeLessThanOrEqual(a[k]!);
        for (let i = k + 1; i < a.length; i++) expect(a[i]!).toBeGreaterThanOrEqual(a[k]!);
      }),
    );
  });

  it('selects within a range only, leaving the rest where it was', () => {
    const a = Float64Array.from([9, 8, 7, 5, 1, 3, 2, 0]);
    selectInPlace(a, 4, 3, 6);
    expect([a[0], a[1], a[2], a[7]]).toEqual([9, 8, 7, 0]);
    expect(a[4]).toBe(2);
    expect([...a.subarray(3, 7)].sort()).toEqual([1, 2, 3, 5]);
  });

  it('out of rounds, sorts what is left: still the right value, however few rounds it was given', () => {
    fc.assert(
      fc.property(waits, fc.nat(), fc.integer({ min: 0, max: 3 }), (values, pick, rounds) => {
        const a = Float64Array.from(values);
        const k = pick % a.length;
        selectInPlace(a, k, 0, a.length - 1, rounds);
        expect(a[k]).toBe([...values].sort((x, y) => x - y)[k]);
      }),
    );
  });
});
