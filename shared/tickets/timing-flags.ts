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
export function timingFlagDrafts(tickets: Iterable<Ticket>, deviceId: string, inStepSince: number | null, offsetMs: number): Draft[] {
  const since = inStepSince ?? Number.NEGATIVE_INFINITY;
  const seconds = Math.round(Math.abs(offsetMs) / 1000);
  // Stryker disable next-line EqualityOperator: flags are drafted only for an offset beyond the limit, never for 0
  const reason = `this PC's clock was ${seconds} s ${offsetMs > 0 ? 'behind' : 'ahead of'} the endpoint's`;
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

export function clockTooFar(offsetMs: number, limitSeconds: number): boolean {
  return Math.abs(offsetMs) > limitSeconds * 1000;
}
