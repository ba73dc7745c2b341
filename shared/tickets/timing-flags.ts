import type { Draft } from './decide';
import type { Ticket } from './state';

/**
 * When this PC's clock is found more than the allowed offset from the
 * endpoint's, the waits it timed cannot be trusted. Every ticket whose timing
 * this PC recorded since the clock was last seen in step (it issued the ticket,
 * called or recalled it, started serving, transferred, finished it, or closed it
 * as left, no-show or unseen) is flagged inaccurate, once, whatever day that was: a
 * skew first noticed the next morning still flags yesterday's waits. Figures
 * then leave those tickets out rather than count a wait that is silently
 * wrong. `inStepSince` is this PC's own time when its clock was last found in
 * step (null: never, so everything it timed is suspect).
 */
export function timingFlagDrafts(
  tickets: Iterable<Ticket>,
  deviceId: string,
  inStepSince: number | null,
  offsetMs: number,
  // Stryker disable next-line StringLiteral: anything but 'stepBack' is found by the endpoint, the default
  foundBy: ClockFoundBy = 'endpoint',
): Draft[] {
  const since = inStepSince ?? Number.NEGATIVE_INFINITY;
  const seconds = Math.round(Math.abs(offsetMs) / 1000);
  const reason =
    foundBy === 'stepBack'
      ? `this PC's clock was put back ${seconds} s: it had been ahead`
      : // Stryker disable next-line EqualityOperator: flags are drafted only for an offset beyond the limit, never for 0
        `this PC's clock was ${seconds} s ${offsetMs > 0 ? 'behind' : 'ahead of'} the endpoint's`;
  const drafts: Draft[] = [];
  for (const t of tickets) {
    if (t.timingInaccurate) continue;
    const issuedHere = t.issuedBy === deviceId && t.issuedAt >= since;
    const calledHere = t.segments.some((s) => s.calls.some((c) => c.deviceId === deviceId && c.at >= since));
    // Stryker disable next-line ArrayDeclaration: a ticket folded before stamps were kept has none; any array without this PC's stamps flags nothing
    const stampedHere = (t.stampedBy ?? []).some((s) => s.deviceId === deviceId && s.at >= since);
    if (issuedHere || calledHere || stampedHere)
      drafts.push({ type: 'ticket.timingFlagged', ticketId: t.id, payload: { reason, offsetMs: Math.round(offsetMs) } });
  }
  return drafts;
}

/**
 * How a clock out of step was found: against the endpoint's time in a sync round, or by this PC
 * itself, its clock now earlier than a moment it already stamped (`clockPutBack`).
 */
export type ClockFoundBy = 'endpoint' | 'stepBack';

/**
 * A clock put right before any sync round saw it wrong leaves no offset for the endpoint to find,
 * but a clock that was ahead and is put back leaves a trace: this PC's newest stamp is later than
 * its time now. Beyond the limit, that is the offset (negative: it was ahead) to flag what it timed
 * since it was last in step; null when the clock has not gone back that far. Nothing else moves a
 * wall clock backwards (sleep and switching off only move it on), so this needs no endpoint and
 * is checked on start, on wake and every minute (renderer/src/sync/clock-check.ts).
 */
export function clockPutBack(newestOwnStampAt: number | null, now: number, limitSeconds: number): number | null {
  // Stryker disable next-line ConditionalExpression: without this line, now − null is now, never beyond the limit backwards: null all the same, but by accident
  if (newestOwnStampAt === null) return null;
  const offsetMs = now - newestOwnStampAt;
  return -offsetMs > limitSeconds * 1000 ? offsetMs : null;
}

export function clockTooFar(offsetMs: number, limitSeconds: number): boolean {
  return Math.abs(offsetMs) > limitSeconds * 1000;
}
