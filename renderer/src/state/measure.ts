/**
 * Times a computation with the User Timing API, so benchmarks can read how
 * long the screen's figures took in a real browser (performance.getEntriesByName).
 */
export function measured<T>(name: string, fn: () => T, detail?: Record<string, unknown>): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(name, { start, end: performance.now(), ...(detail ? { detail } : {}) });
  }
}
