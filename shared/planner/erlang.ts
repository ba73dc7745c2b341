/**
 * Erlang C (the M/M/c queue): how a counter with `desks` advisors behaves
 * when customers arrive at random (Poisson) and are served in times spread
 * as an exponential, all in one queue. The load A (in erlangs) is arrivals
 * per unit time × mean service time: how many desks would be busy all the
 * time. With A at or above the desks, the queue grows without end.
 *
 * Computed by the Erlang B recursion, never by factorials, so it stays exact
 * and finite for any number of desks a council could open (and far beyond).
 * docs/planner.md gives the formulas and their limits.
 */

/** Erlang B, the chance that all desks are busy in a system without a queue: B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)). */
export function erlangB(desks: number, load: number): number {
  let b = 1;
  for (let k = 1; k <= desks; k++) b = (load * b) / (k + load * b);
  return b;
}

/** Erlang C, the chance that a customer has to wait at all: c·B / (c − A(1 − B)); 1 when the load is at or above the desks. */
export function erlangC(desks: number, load: number): number {
  if (load >= desks) return 1;
  const b = erlangB(desks, load);
  return (desks * b) / (desks - load * (1 - b));
}

export interface Staffing {
  /** Customers per hour. */
  arrivalsPerHour: number;
  /** Mean time at the desk, ms. */
  meanServiceMs: number;
}

/** The load in erlangs: arrivals per hour × mean service time in hours. */
export function loadOf(s: Staffing): number {
  return (s.arrivalsPerHour * s.meanServiceMs) / 3_600_000;
}

/**
 * The share (0–1) of customers called within `withinMs`: 1 − C·e^(−(c − A)·t / s).
 * Nobody arriving means nothing to miss: 1. A load at or above the desks: 0.
 */
export function serviceLevelWith(desks: number, s: Staffing, withinMs: number): number {
  const load = loadOf(s);
  if (load === 0) return 1;
  // Stryker disable next-line EqualityOperator: at load = desks, C is 1 and e^0 is 1, so the formula gives 0 as well
  if (load >= desks) return 0;
  return 1 - erlangC(desks, load) * Math.exp((-(desks - load) * withinMs) / s.meanServiceMs);
}

/** The mean wait, ms: C·s / (c − A); Infinity when the load is at or above the desks, 0 with nobody arriving. */
export function meanWaitMsWith(desks: number, s: Staffing): number {
  const load = loadOf(s);
  if (load === 0) return 0;
  // Stryker disable next-line EqualityOperator: at load = desks, C·s / 0 is Infinity as well
  if (load >= desks) return Infinity;
  return (erlangC(desks, load) * s.meanServiceMs) / (desks - load);
}

/**
 * The fewest desks at which at least `targetPercent` of customers are called within the standard:
 * 0 with nobody arriving. It always exists (enough desks make the wait for one as unlikely as one
 * likes), and is at most ⌈A⌉ plus a margin that grows like √A, so the search is short.
 */
export function desksNeeded(s: Staffing, standardMs: number, targetPercent: number): number {
  const load = loadOf(s);
  if (load === 0) return 0;
  // Stryker disable next-line MethodExpression,ArithmeticOperator: where the search starts is a shortcut only (fewer desks than the load never meet), the answer is the same
  let desks = Math.max(1, Math.floor(load) + 1);
  while (serviceLevelWith(desks, s, standardMs) * 100 < targetPercent) desks++;
  return desks;
}

/**
 * Advisors to roster so that `desks` are open: breaks, training and leave take a share of rostered
 * time (shrinkage, the site's configuration), so desks ÷ (1 − shrinkage), rounded up.
 */
export function rosteredFor(desks: number, shrinkagePercent: number): number {
  return Math.ceil(desks / (1 - shrinkagePercent / 100) - 1e-9);
}
