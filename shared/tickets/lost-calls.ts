import type { Ticket } from './state';

/**
 * A call this desk made that lost to an earlier call from another desk (the
 * fold keeps the later one as a conflict once the PCs meet again). The desk
 * is told which customer and who has them, rather than left wondering.
 */
export interface LostCall {
  eventId: string;
  ticket: Ticket;
  winnerDesk: string | undefined;
}

export function lostCallsOf(tickets: readonly Ticket[], desk: string): LostCall[] {
  return tickets.flatMap((ticket) =>
    ticket.conflicts.filter((c) => c.type === 'ticket.called' && c.desk === desk).map((c) => ({ eventId: c.eventId, ticket, winnerDesk: c.winnerDesk })),
  );
}
