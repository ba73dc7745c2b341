import type { Draft } from './decide';
import type { Ticket } from './state';

/**
 * DESIGN.md §2: when this PC's clock is found more than the allowed offset
 * from the endpoint's, the waits it timed cannot be trusted. Every ticket
 * of the day whose timing this PC recorded (it issued the ticket, or called
 * it) is flagged inaccurate, once: figures then leave it out rather than
 * count a wait that is silently wrong. We cannot know when the clock went
 * wrong, so the whole day's tickets of this PC are flagged, not only new ones.
 */
export function timingFlagDrafts(tickets: Iterable<Ticket>, deviceId: string, day: string, offsetMs: number): Draft[] {
  const seconds = Math.round(Math.abs(offsetMs) / 1000);
  const reason = `this PC's clock was ${seconds} s ${offsetMs > 0 ? 'behind' : 'ahead of'} the endpoint's`;
  const drafts: Draft[] = [];
  for (const t of tickets) {
    if (t.day !== day || t.timingInaccurate) continue;
    const timedHere = t.issuedBy === deviceId || t.segments.some((s) => s.calls.some((c) => c.deviceId === deviceId));
    if (timedHere) drafts.push({ type: 'ticket.timingFlagged', ticketId: t.id, payload: { reason, offsetMs: Math.round(offsetMs) } });
  }
  return drafts;
}

export function clockTooFar(offsetMs: number, limitSeconds: number): boolean {
  return Math.abs(offsetMs) > limitSeconds * 1000;
}
