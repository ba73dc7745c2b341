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
  let last: Ticket | null = null;
  let lastCallAt = -Infinity;
  for (const t of tickets) {
    for (const s of t.segments) for (const c of s.calls) if (c.desk === desk && c.at > lastCallAt) lastCallAt = c.at;
    const done = t.completion;
    if (!done || done.desk !== desk) continue;
    if (!last || done.at > last.completion!.at || (done.at === last.completion!.at && t.lastHlc > last.lastHlc)) last = t;
  }
  if (!last || last.feedback) return null;
  // Both times are the desk PC's own, so a clock that is off elsewhere cannot reorder them.
  return lastCallAt > last.completion!.at ? null : last;
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
