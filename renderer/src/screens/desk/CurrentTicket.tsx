import { formatDuration } from '../../../../shared/queue/bands';
import { currentSegment, displayNumber } from '../../../../shared/tickets/state';
import type { Ticket } from '../../../../shared/tickets/state';
import { NeedsBadges } from '../../components/NeedsBadges';
import { useNow } from '../../state/now';

/** The customer at the desk: number, service, how long called or served, needs, and any call another desk won. */
export function CurrentTicket({ ticket, serviceName, desk }: { ticket: Ticket; serviceName: string; desk: string }) {
  const now = useNow(1000);
  const seg = currentSegment(ticket);
  const since = ticket.status === 'serving' ? seg.servingStartedAt! : seg.calls[seg.calls.length - 1]!.at;
  return (
    <div className="current-ticket">
      <p className="ticket-number" data-testid="desk-ticket">
        {displayNumber(ticket.number)}
      </p>
      <p>
        {serviceName} · {ticket.status === 'serving' ? 'being served' : 'called'} for {formatDuration(now - since)}
        {ticket.name ? ` · ${ticket.name}` : ''}
      </p>
      <NeedsBadges ticket={ticket} />
      {seg.transferNote && (
        <p className="transfer-note" data-testid="transfer-note">
          <strong>Note from the desk that transferred {displayNumber(ticket.number)}:</strong> {seg.transferNote}
        </p>
      )}
      {ticket.conflicts.length > 0 && (
        <p className="notice notice-warn" role="alert">
          {ticket.conflicts.map((c) => conflictNote(c, desk, displayNumber(ticket.number))).join(' ')}
        </p>
      )}
    </div>
  );
}

/** What this desk should know of a conflict on its customer, from its own side. */
export function conflictNote(c: Ticket['conflicts'][number], desk: string, number: string): string {
  if (c.type === 'ticket.called' && c.winnerDesk === desk)
    return `Desk ${c.desk ?? 'another desk'} also called ${number} at the same moment or while the PCs were out of touch; your call came first, so the customer stays with you.`;
  return `${c.reason}${c.winnerDesk ? ` (desk ${c.winnerDesk} has the customer).` : '.'}`;
}
