import { parseHlc } from '../clock/hlc';
import type { Ticket } from './state';

/**
 * A call this desk made that lost to an earlier call from another desk (the
 * fold keeps the later one as a conflict once the PCs meet again). The desk
 * is told which customer and who has them, rather than left wondering.
 */
export interface LostCall {
  eventId: string;
  hlc: string;
  deviceId: string;
  ticket: Ticket;
  winnerDesk: string | undefined;
}

export function lostCallsOf(tickets: readonly Ticket[], desk: string): LostCall[] {
  return tickets.flatMap((ticket) =>
    ticket.conflicts
      .filter((c) => c.type === 'ticket.called' && c.desk === desk)
      .map((c) => ({ eventId: c.eventId, hlc: c.hlc, deviceId: c.deviceId, ticket, winnerDesk: c.winnerDesk })),
  );
}

/**
 * How long a lost call is news to its desk. Past this the advisor has long moved on; a notice
 * older than that (from yesterday's outage, or before a restart) only piles up.
 */
export const LOST_CALL_NEWS_MS = 10 * 60_000;

const madeAt = (hlc: string) => {
  const h = parseHlc(hlc);
  return h.ok ? h.value.millis : 0;
};

/** The desk's lost calls still worth telling it about, newest first. */
export function recentLostCalls(tickets: readonly Ticket[], desk: string, now: number): LostCall[] {
  const news = lostCallsOf(tickets, desk).filter((l) => now - madeAt(l.hlc) <= LOST_CALL_NEWS_MS);
  // Stryker disable next-line EqualityOperator: no two lost calls share an hlc, so < and <= sort alike
  return news.sort((a, b) => (a.hlc < b.hlc ? 1 : -1));
}

/**
 * The lost call this PC's desk is still waiting on, if any: the desk's newest lost call, made on
 * this PC, with nothing done at the desk since (no call of its own standing after it, nothing else
 * it did to that customer, nobody at the desk now). The desk then calls its next customer by
 * itself, so a press made while the PCs were apart still ends in a call.
 */
export function lostCallToReplace(tickets: readonly Ticket[], desk: string, deviceId: string, now: number): LostCall | undefined {
  const newest = recentLostCalls(tickets, desk, now)[0];
  if (!newest || newest.deviceId !== deviceId) return undefined;
  // Stryker disable next-line EqualityOperator: no other event shares the lost call's hlc, and the lost call itself is no later than itself either way
  const later = (hlc: string) => hlc > newest.hlc;
  for (const t of tickets) {
    if ((t.status === 'called' || t.status === 'serving') && t.desk === desk) return undefined;
    if (t.segments.some((seg) => seg.calls.some((c) => c.desk === desk && later(c.hlc)))) return undefined;
    if (t.conflicts.some((c) => c.desk === desk && later(c.hlc))) return undefined;
  }
  return newest;
}
