/** Summary of a list of durations (ms). Percentiles by nearest rank: a value that really occurred. */
export interface DurationStats {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
  meanMs: number | null;
  maxMs: number | null;
}

export function durationStats(values: readonly number[]): DurationStats {
  if (values.length === 0) return { count: 0, medianMs: null, p90Ms: null, meanMs: null, maxMs: null };
  const sorted = Float64Array.from(values).sort();
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
  let sum = 0;
  for (const v of sorted) sum += v;
  return { count: sorted.length, medianMs: rank(50), p90Ms: rank(90), meanMs: sum / sorted.length, maxMs: sorted[sorted.length - 1]! };
}

export function percentOf(part: number, whole: number): number | null {
  return whole ? (part / whole) * 100 : null;
}
