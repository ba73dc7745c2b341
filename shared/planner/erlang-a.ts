import type { Staffing } from './erlang';

/**
 * Erlang A (the M/M/c+M queue): Erlang C with customers who give up. Each
 * waiting customer leaves after a patience drawn at random (exponential, mean
 * `patienceMs`, estimated from the site's own walk-outs). Where customers do
 * leave, Erlang C overstates the desks: those who leave lighten the queue.
 *
 * Judged as the council's headline is: a customer who left before the
 * standard is left out, one who left after it is a miss (docs/measurement.md).
 * So the service level is P(called within t) ÷ (1 − P(left within t)).
 *
 * Computed exactly, without closed forms that lose precision: the number in
 * the building is a birth–death chain (arrivals λ; departures min(n, c)·μ
 * from the desks and (n − c)·θ from the queue), its steady state read by
 * recursion and cut where what is left is below 1e-12; an arriving customer
 * sees that state (Poisson arrivals), and their own wait is a small chain of
 * its own (customers ahead, each leaving by service or by giving up, while
 * they may give up themselves), solved by uniformisation.
 */
export interface ErlangA {
  /** Share (0–1) called within the standard, of those counted (the headline's reading). */
  serviceLevel: number;
  /** Share (0–1) of all arrivals who leave without being called. */
  abandoned: number;
}

/** Beyond this many in the queue the steady state is not followed (it is far below 1e-12 for any council counter). */
const MAX_QUEUE = 5_000;

function steadyState(desks: number, lambda: number, mu: number, theta: number): number[] {
  const pi = [1];
  let total = 1;
  // Stryker disable next-line EqualityOperator: the cut-offs only decide how far below 1e-12 the terms left out are; the results agree to far better than any test can tell
  for (let n = 1; n <= desks + MAX_QUEUE; n++) {
    const next = (pi[n - 1]! * lambda) / (Math.min(n, desks) * mu + Math.max(0, n - desks) * theta);
    pi.push(next);
    total += next;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the cut-offs only decide how far below 1e-12 the terms left out are; the results agree to far better than any test can tell
    if (n > desks && next < total * 1e-12) break;
  }
  return pi.map((p) => p / total);
}

/** Poisson weights e^(−m)·m^k/k! for k = 0…, in logarithms (no underflow for a long standard), until the tail is below 1e-12. */
function poissonWeights(m: number): number[] {
  const weights: number[] = [];
  let log = -m;
  let sum = 0;
  for (let k = 0; ; k++) {
    if (k > 0) log += Math.log(m) - Math.log(k);
    const w = Math.exp(log);
    weights.push(w);
    // Stryker disable next-line AssignmentOperator: the sum only stops the loop early; the hard stop below ends it the same way
    sum += w;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: the cut-offs only decide how far below 1e-12 the terms left out are; the results agree to far better than any test can tell
    if (k > m && 1 - sum < 1e-12) return weights;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: the cut-offs only decide how far below 1e-12 the terms left out are; the results agree to far better than any test can tell
    if (k > m + 50 * Math.sqrt(m + 1) + 100) return weights;
  }
}

/**
 * For a customer arriving to find `ahead` waiting in front of them (for every `ahead` up to `maxAhead`):
 * the chance they are called within `t`, and the chance they give up within `t`.
 */
function ownWait(desks: number, mu: number, theta: number, maxAhead: number, t: number): { called: number[]; left: number[] } {
  // State i: i customers ahead. It ends by progress (rate cμ + iθ: one ahead is served or gives up,
  // or with none ahead a desk frees) or by this customer giving up (θ). Uniformised at the fastest rate.
  const progress = (i: number) => desks * mu + i * theta;
  // Stryker disable next-line ArithmeticOperator: only the last state (a queue the steady state reaches with under 1e-12) is faster than the rate without θ
  const rate = progress(maxAhead) + theta;
  const weights = poissonWeights(rate * t);
  let calledBy = new Array<number>(maxAhead + 1).fill(0);
  let leftBy = new Array<number>(maxAhead + 1).fill(0);
  const called = new Array<number>(maxAhead + 1).fill(0);
  const left = new Array<number>(maxAhead + 1).fill(0);
  // After k steps of the uniformised chain: the chance of having been called / having left.
  for (const w of weights) {
    // Stryker disable next-line EqualityOperator: the last state is never reached (see maxAhead)
    for (let i = 0; i <= maxAhead; i++) {
      called[i]! += w * calledBy[i]!;
      left[i]! += w * leftBy[i]!;
    }
    const nextCalled = calledBy.slice();
    const nextLeft = leftBy.slice();
    // Stryker disable next-line EqualityOperator: the last state is never reached (see maxAhead)
    for (let i = 0; i <= maxAhead; i++) {
      const p = progress(i) / rate;
      const stay = 1 - (progress(i) + theta) / rate;
      nextCalled[i] = p * (i === 0 ? 1 : calledBy[i - 1]!) + stay * calledBy[i]!;
      nextLeft[i] = theta / rate + p * (i === 0 ? 0 : leftBy[i - 1]!) + stay * leftBy[i]!;
    }
    calledBy = nextCalled;
    leftBy = nextLeft;
  }
  return { called, left };
}

export function erlangA(desks: number, s: Staffing, patienceMs: number, withinMs: number): ErlangA {
  const lambda = s.arrivalsPerHour / 3_600_000;
  if (lambda === 0) return { serviceLevel: 1, abandoned: 0 };
  if (desks === 0) return { serviceLevel: 0, abandoned: 1 };
  const mu = 1 / s.meanServiceMs;
  const theta = 1 / patienceMs;
  const pi = steadyState(desks, lambda, mu, theta);
  // One state more than an arriving customer can find ahead (at most pi.length − 1 − desks): never reached, it only bounds the chain.
  // Stryker disable next-line ArithmeticOperator: more states than needed change nothing
  const maxAhead = Math.max(0, pi.length - desks);
  const own = ownWait(desks, mu, theta, maxAhead, withinMs);
  let calledWithin = 0;
  let leftWithin = 0;
  let queued = 0;
  pi.forEach((p, n) => {
    if (n < desks) {
      calledWithin += p;
      return;
    }
    calledWithin += p * own.called[n - desks]!;
    leftWithin += p * own.left[n - desks]!;
    queued += p * (n - desks);
  });
  // Those who give up leave the queue at θ each: θ·E[queue] of them an hour, out of λ (Little's law).
  return { serviceLevel: calledWithin / (1 - leftWithin), abandoned: Math.min(1, (theta * queued) / lambda) };
}

/**
 * The share of customers a plan may leave to walk out: this, or the share that walks out now if more.
 * Walk-outs before the standard are left out of the headline, so with impatient customers few desks
 * could "meet" it by losing people; a plan never buys its figure with more walk-outs than that.
 */
export const WALK_OUT_ALLOWANCE_PERCENT = 5;

/** The share (%) a plan may leave to walk out, for a site where `walkOutShare` (0–1) walk out now. */
export function walkOutAllowancePercent(walkOutShare: number): number {
  return Math.max(WALK_OUT_ALLOWANCE_PERCENT, Math.round(walkOutShare * 1000) / 10);
}

/**
 * The fewest desks at which at least `targetPercent` are called within the standard and no more than
 * `maxWalkOutPercent` walk out, by Erlang A; 0 with nobody arriving.
 */
export function desksNeededA(s: Staffing, patienceMs: number, standardMs: number, targetPercent: number, maxWalkOutPercent: number): number {
  if (s.arrivalsPerHour === 0) return 0;
  const meets = (desks: number) => {
    const a = erlangA(desks, s, patienceMs, standardMs);
    return a.serviceLevel * 100 >= targetPercent && a.abandoned * 100 <= maxWalkOutPercent;
  };
  let desks = 1;
  while (!meets(desks)) desks++;
  return desks;
}
