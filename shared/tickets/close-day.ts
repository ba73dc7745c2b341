import type { Draft } from './decide';
import type { Ticket } from './state';

/**
 * Closing the day: every customer still waiting (or called but not yet at
 * a desk) is marked unseen, with the wait they had reached; then the day is
 * marked closed. Customers being served are left to finish.
 */
export function closeDayDrafts(tickets: Iterable<Ticket>, day: string): Draft[] {
  const drafts: Draft[] = [];
  for (const t of tickets) {
    if (t.day === day && (t.status === 'waiting' || t.status === 'called')) {
      drafts.push({ type: 'ticket.unseenAtClose', ticketId: t.id, payload: { day } });
    }
  }
  drafts.push({ type: 'day.closed', payload: { day, stillWaiting: drafts.length } });
  return drafts;
}

/**
 * A customer closed unseen after a transfer was seen once: the first wait
 * (which counts against the standard) ended at the first desk. What stayed
 * open is the wait after the transfer, reported as an open transfer wait and
 * never as "unseen".
 */
export function isOpenTransferWait(t: { status: Ticket['status']; segments: readonly unknown[] }): boolean {
  return t.status === 'unseenAtClose' && t.segments.length > 1;
}
