import type { Ticket } from './state';

/**
 * Which visit the feedback screen facing a desk asks about, if any: the one
 * the desk finished last. It asks nothing once that visit has an answer (or
 * a skip), or once the desk has called anyone since: the next customer is
 * on the way, and a tap now must not be taken for theirs.
 *
 * A tap is recorded against the visit the screen was showing, by its id: an
 * answer that reaches the endpoint after the desk called the next customer
 * still belongs to the customer who gave it, never to the next one.
 */
export function feedbackPrompt(tickets: Iterable<Ticket>, desk: string): Ticket | null {
  const all = [...tickets];
  let last: Ticket | null = null;
  for (const t of all) {
    const done = t.completion;
    if (!done || done.desk !== desk) continue;
    // Stryker disable next-line EqualityOperator: two tickets never share an hlc, so > and >= pick the same
    if (!last || done.at > last.completion!.at || (done.at === last.completion!.at && t.lastHlc > last.lastHlc)) last = t;
  }
  if (!last || last.feedback) return null;
  // Anyone else called by this desk at or after the finish (both times are the desk PC's own,
  // so a clock that is off elsewhere cannot reorder them): the next customer is on the way.
  const finishedAt = last.completion!.at;
  const calledSince = all.some((t) => t !== last && t.segments.some((s) => s.calls.some((c) => c.desk === desk && c.at >= finishedAt)));
  return calledSince ? null : last;
}

/** How long the screen keeps asking, from when it heard the visit was finished. */
export const FEEDBACK_ASK_MS = 3 * 60_000;
/** A visit the screen hears of this long after it ended (the screen was off) is not asked about: the customer has gone. */
export const FEEDBACK_STALE_MS = 20 * 60_000;

/**
 * Whether the screen still asks. The window runs on this screen's clock from
 * when it heard of the visit, so a desk PC whose clock is off by minutes
 * neither cuts the question short nor keeps it up.
 */
export function stillAsking(finishedAt: number, heardAt: number, now: number): boolean {
  return now - heardAt <= FEEDBACK_ASK_MS && heardAt - finishedAt <= FEEDBACK_STALE_MS;
}
