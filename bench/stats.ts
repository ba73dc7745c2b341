/** The p-th percentile (nearest rank) of some timings: what the benchmarks print against their budgets. */
export const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)]!;
