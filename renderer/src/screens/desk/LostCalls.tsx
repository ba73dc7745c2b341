import { displayNumber } from '../../../../shared/tickets/state';
import { lostCallsOf } from '../../../../shared/tickets/lost-calls';
import { useConflictedTickets, useToday } from '../../data/hooks';
import { useSession } from '../../state/session';

/**
 * When two PCs called the same customer at the same moment, or while they
 * could not reach each other, the earlier call wins once they meet again (docs/architecture.md) and the
 * customer disappears from the later desk. That desk must be told plainly
 * why, and who has the customer, not left wondering. Each notice stays until
 * the advisor dismisses it.
 */
export function LostCalls({ desk }: { desk: string }) {
  const today = useToday();
  const dismissed = useSession((s) => s.dismissedConflicts);
  const dismiss = useSession((s) => s.dismissConflict);
  const lost = useConflictedTickets(today);
  const shown = lostCallsOf(lost ?? [], desk).filter((l) => !dismissed.includes(l.eventId));
  if (!shown.length) return null;
  return (
    <div role="alert" className="notice notice-warn lost-calls">
      {shown.map((l) => (
        <p key={l.eventId}>
          <strong>{displayNumber(l.ticket.number)}</strong> was also called at {l.winnerDesk ? <strong>desk {l.winnerDesk}</strong> : 'another desk'} before
          this PC heard of it (at the same moment, or while the PCs were out of touch); that call came first, so{' '}
          {l.winnerDesk ? `desk ${l.winnerDesk}` : 'the other desk'} has the customer. Nothing more is needed here: call your next customer.{' '}
          <button type="button" onClick={() => dismiss(l.eventId)}>
            Understood
          </button>
        </p>
      ))}
    </div>
  );
}
