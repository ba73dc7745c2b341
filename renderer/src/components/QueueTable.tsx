import { memo } from 'react';
import { serviceById } from '../../../shared/config/site-config';
import type { SiteConfig } from '../../../shared/config/site-config';
import { displayNumber, currentSegment } from '../../../shared/tickets/state';
import type { Ticket } from '../../../shared/tickets/state';
import { NeedsBadges } from './NeedsBadges';
import { WaitTimer } from './WaitTimer';

interface Props {
  tickets: Ticket[];
  config: SiteConfig;
  caption: string;
  /** For a desk: a button per row to call that ticket out of turn. */
  onCall?: (t: Ticket) => void;
  /** A button per row to close the ticket without serving (left, or cancelled in error). */
  onClose?: (t: Ticket) => void;
}

/** Waiting tickets in call order. Rows re-render only when their ticket changes; the timer cell ticks alone. */
export function QueueTable({ tickets, config, caption, onCall, onClose }: Props) {
  if (tickets.length === 0) return <p className="empty">Nobody is waiting.</p>;
  return (
    <table className="queue">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Ticket</th>
          <th scope="col">Service</th>
          <th scope="col">Needs</th>
          <th scope="col">Waiting</th>
          {(onCall || onClose) && <th scope="col">Action</th>}
        </tr>
      </thead>
      <tbody>
        {tickets.map((t) => (
          <Row key={t.id} ticket={t} config={config} {...(onCall ? { onCall } : {})} {...(onClose ? { onClose } : {})} />
        ))}
      </tbody>
    </table>
  );
}

const Row = memo(
  function Row({ ticket, config, onCall, onClose }: { ticket: Ticket; config: SiteConfig; onCall?: (t: Ticket) => void; onClose?: (t: Ticket) => void }) {
    const service = serviceById(config, currentSegment(ticket).serviceId);
    return (
      <tr data-ticket={ticket.number}>
        <th scope="row" className="num">
          {displayNumber(ticket.number)}
        </th>
        <td>{service?.name ?? currentSegment(ticket).serviceId}</td>
        <td>
          <NeedsBadges ticket={ticket} />
        </td>
        <td>
          <WaitTimer ticket={ticket} nearBreachMinutes={config.nearBreachMinutes} />
        </td>
        {(onCall || onClose) && (
          <td className="row-actions">
            {onCall && (
              <button type="button" onClick={() => onCall(ticket)}>
                Call {displayNumber(ticket.number)}
              </button>
            )}
            {onClose && (
              <button type="button" onClick={() => onClose(ticket)}>
                Left or cancel {displayNumber(ticket.number)}…
              </button>
            )}
          </td>
        )}
      </tr>
    );
  },
  (a, b) =>
    a.ticket.id === b.ticket.id && a.ticket.eventCount === b.ticket.eventCount && a.config === b.config && a.onCall === b.onCall && a.onClose === b.onClose,
);
