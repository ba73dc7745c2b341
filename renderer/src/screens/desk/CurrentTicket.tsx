import { formatDuration } from '../../../../shared/queue/bands';
import { currentSegment, displayNumber } from '../../../../shared/tickets/state';
import type { Ticket } from '../../../../shared/tickets/state';
import { NeedsBadges } from '../../components/NeedsBadges';
import { useNow } from '../../state/now';

/** The customer at the desk: number, service, how long called or served, needs, and any call another desk won. */
export function CurrentTicket({ ticket, serviceName }: { ticket: Ticket; serviceName: string }) {
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
      {ticket.conflicts.length > 0 && (
        <p className="notice notice-warn" role="alert">
          {ticket.conflicts.map((c) => `${c.reason}${c.winnerDesk ? ` (desk ${c.winnerDesk} has the customer)` : ''}`).join('; ')}
        </p>
      )}
    </div>
  );
}
