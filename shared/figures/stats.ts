/** Summary of a list of durations (ms). Percentiles by nearest rank: a value that really occurred. */
export interface DurationStats {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
  meanMs: number | null;
  maxMs: number | null;
}

/** The 0-based position of the nearest-rank p-th percentile among n values. */
const rankIndex = (p: number, n: number) => Math.max(0, Math.ceil((p / 100) * n) - 1);

export function durationStats(values: readonly number[]): DurationStats {
  if (values.length === 0) return { count: 0, medianMs: null, p90Ms: null, meanMs: null, maxMs: null };
  const a = Float64Array.from(values);
  let sum = 0;
  let max = -Infinity;
  for (const v of a) {
    sum += v;
    // Stryker disable next-line EqualityOperator: an equal value is the same maximum
    if (v > max) max = v;
  }
  // Two selections instead of a sort, so a report's cost grows with its waits, not faster (issue 31):
  // after the first, everything past the median is at least the median, so the p90 is found there.
  const median = rankIndex(50, a.length);
  const p90 = rankIndex(90, a.length);
  selectInPlace(a, median);
  selectInPlace(a, p90, median);
  return { count: a.length, medianMs: a[median]!, p90Ms: a[p90]!, meanMs: sum / a.length, maxMs: max };
}

/**
 * Puts the value of sorted rank `k` of `a[lo..hi]` at `a[k]`, the smaller before it and the larger
 * after it (Hoare's selection, the middle element as pivot): linear on average, where sorting is
 * n log n. After `rounds` partitions (about twice the depth a fair split needs) what is left is
 * sorted instead, so a run of bad pivots never makes it quadratic. The answer is the same either
 * way: the rounds decide only how soon a bad run falls back to sorting (tests run the selection
 * with no fallback, and the fallback alone).
 */
// Stryker disable next-line ArithmeticOperator: the default number of rounds changes only when a bad run falls back to sorting, never the answer
export function selectInPlace(a: Float64Array, k: number, lo = 0, hi = a.length - 1, rounds = 2 * Math.ceil(Math.log2(a.length + 1)) + 4): void {
  let left = rounds;
  // Stryker disable next-line EqualityOperator: a range of one value has nothing to partition; partitioning it changes nothing
  while (lo < hi) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator,BlockStatement: when to give up on partitions is speed only; sorting or partitioning on gives the same answer
    if (left-- <= 0) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const pivot = a[lo + ((hi - lo) >> 1)]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    // Now a[lo..j] ≤ pivot ≤ a[i..hi], and anything between j and i equals the pivot.
    if (k <= j) hi = j;
    // Stryker disable next-line ConditionalExpression: k among the values equal to the pivot is already in place; going on in the part after it never moves a[k], so stopping is only quicker
    else if (k >= i) lo = i;
    else return;
  }
}

export function percentOf(part: number, whole: number): number | null {
  return whole ? (part / whole) * 100 : null;
}
