import type { FigureTicket } from './figure-ticket';

/**
 * "Seen within the standard", per ticket, exactly as docs/measurement.md says:
 * - served: met if the wait (issue → the call that was answered) ≤ standard;
 * - no-show: met if its first call came within the standard; counted;
 * - left without being seen, or unseen at day close: a miss if it had waited
 *   longer than the standard; otherwise left out;
 * - cancelled in error, or timing inaccurate: left out, and counted beside
 *   the figure. Timing is inaccurate when a PC's clock was found out of step
 *   (the ticket is flagged), and also when the times run backwards (a call
 *   before the issue): a wait is never negative, so such a ticket is never
 *   "met", and none of its waits enter the median, mean or maximum.
 * Only the first segment counts: a transferred customer's later wait is the
 * transfer wait, reported apart.
 *
 * Against which standard: the headline ("seen within 10 minutes") judges every
 * customer, priority ones too, against the service's ordinary standard; the
 * priority figure judges priority customers against their own, shorter one.
 * A return never mixes the two under one number. A priority ticket issued
 * before the ordinary standard was kept with it is judged by its own in both.
 *
 * Live figures also meet tickets still open at `asOf`: one that has already
 * waited past its standard with no call inside it can only be a miss, so it
 * counts as one now; any other is pending, left out until it is decided.
 */
export type Verdict = { kind: 'met' } | { kind: 'missed' } | { kind: 'excluded'; why: ExclusionReason };

export type ExclusionReason = 'cancelled' | 'timingInaccurate' | 'leftWithinStandard' | 'unseenWithinStandard' | 'pending';
export const EXCLUSION_LABELS: Record<ExclusionReason, string> = {
  cancelled: 'cancelled in error',
  timingInaccurate: 'timing inaccurate (a PC clock out of step)',
  leftWithinStandard: 'left within the standard',
  unseenWithinStandard: 'unseen at close, within the standard',
  pending: 'still waiting, within the standard',
};

const MET = { kind: 'met' } as const;
const MISSED = { kind: 'missed' } as const;
const excluded = (why: ExclusionReason): Verdict => ({ kind: 'excluded', why });

export function firstWaitMs(t: FigureTicket): number | null {
  const answered = t.segments[0]!.answeredCall;
  return answered ? answered.at - t.issuedAt : null;
}

/** Flagged, or a time that runs backwards: a call, a start or a close before the customer joined the queue. */
export function timingInaccurate(t: FigureTicket): boolean {
  if (t.timingInaccurate) return true;
  for (const s of t.segments) {
    if (s.queuedAt < t.issuedAt) return true;
    for (const c of s.calls) if (c.at < s.queuedAt) return true;
    if ((s.servingStartedAt ?? Infinity) < s.queuedAt) return true;
  }
  return (t.closedAt ?? Infinity) < t.issuedAt;
}

/** `headline`: every customer against the ordinary standard. `own`: each against the standard it was given (a priority customer's shorter one). */
export type JudgedAgainst = 'headline' | 'own';

/** The standard, in minutes, a ticket's first wait is judged by. */
export function standardMinutesOf(t: FigureTicket, against: JudgedAgainst): number {
  const own = t.segments[0]!.standardMinutes;
  return against === 'headline' ? (t.ordinaryStandardMinutes ?? own) : own;
}

export function verdict(t: FigureTicket, asOf: number, against: JudgedAgainst = 'headline'): Verdict {
  if (t.status === 'cancelled') return excluded('cancelled');
  if (timingInaccurate(t)) return excluded('timingInaccurate');
  const first = t.segments[0]!;
  const standardMs = standardMinutesOf(t, against) * 60_000;
  const wait = firstWaitMs(t);
  if (wait !== null) return wait <= standardMs ? MET : MISSED;
  const firstCall = first.calls[0];
  if (t.status === 'noShow') return firstCall && firstCall.at - t.issuedAt <= standardMs ? MET : MISSED;
  if (t.status === 'left' || t.status === 'unseenAtClose') {
    const waited = (t.closedAt ?? asOf) - t.issuedAt;
    if (waited > standardMs) return MISSED;
    return excluded(t.status === 'left' ? 'leftWithinStandard' : 'unseenWithinStandard');
  }
  // Still open (waiting or called, never answered).
  const calledInTime = firstCall !== undefined && firstCall.at - t.issuedAt <= standardMs;
  if (!calledInTime && asOf - t.issuedAt > standardMs) return MISSED;
  return excluded('pending');
}

export interface ServiceLevel {
  met: number;
  missed: number;
  /** met + missed: the denominator. */
  counted: number;
  excluded: Record<ExclusionReason, number>;
  /** met ÷ counted × 100, or null when nothing is counted yet. */
  percent: number | null;
  targetPercent: number;
  /** null when nothing is counted. */
  meetsTarget: boolean | null;
}

/** Every ticket the figure judged, counted or left out: zero when the period had none (a priority figure with no priority customers). */
export function ticketsJudged(sl: ServiceLevel): number {
  return sl.counted + Object.values(sl.excluded).reduce((a, b) => a + b, 0);
}

export function emptyExclusions(): Record<ExclusionReason, number> {
  return { cancelled: 0, timingInaccurate: 0, leftWithinStandard: 0, unseenWithinStandard: 0, pending: 0 };
}

export function serviceLevel(tickets: Iterable<FigureTicket>, asOf: number, targetPercent: number, against: JudgedAgainst = 'headline'): ServiceLevel {
  let met = 0;
  let missed = 0;
  const ex = emptyExclusions();
  for (const t of tickets) {
    const v = verdict(t, asOf, against);
    if (v.kind === 'met') met++;
    else if (v.kind === 'missed') missed++;
    else ex[v.why]++;
  }
  const counted = met + missed;
  const percent = counted ? (met / counted) * 100 : null;
  return { met, missed, counted, excluded: ex, percent, targetPercent, meetsTarget: counted ? meetsTarget(met, counted, targetPercent) : null };
}

/**
 * A percentage as shown beside its verdict, to one decimal: rounded, except where rounding would
 * read as the opposite verdict. 323 of 404 (79.95%) against 80% is not met, so it shows 79.9, never
 * 80. The figure itself (`percent`) stays exact; only what is printed beside a target goes through here.
 */
export function shownPercent(f: { percent: number | null; targetPercent: number; meetsTarget: boolean | null }): number | null {
  if (f.percent === null) return null;
  const rounded = Math.round(f.percent * 10) / 10;
  return f.meetsTarget === false && rounded >= f.targetPercent ? Math.floor(f.percent * 10) / 10 : rounded;
}

/**
 * met ÷ counted ≥ target, decided in integers: 57 of 100 meets 57%, which
 * the float 57 / 100 * 100 = 56.99999999999999 would not. A target may have
 * up to two decimals (87.5%).
 */
export function meetsTarget(met: number, counted: number, targetPercent: number): boolean {
  return met * 10_000 >= Math.round(targetPercent * 100) * counted;
}
