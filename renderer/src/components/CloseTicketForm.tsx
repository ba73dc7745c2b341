import { useId, useState } from 'react';
import { cleanText } from '../../../shared/events/text';
import { displayNumber } from '../../../shared/tickets/state';
import type { Ticket } from '../../../shared/tickets/state';
import { useDevice } from '../app/useDevice';
import { ticketCommand } from '../data/actions';
import { Message } from './Message';
import type { Notice } from './Message';

const REASONS = ['Issued in error', 'Duplicate ticket', 'Wrong service: a new ticket was issued'];

/**
 * For a customer still waiting: they left without being seen, or the ticket
 * was issued in error (with the reason). Both are recorded with this PC's
 * name and the time, and leave the queue at every PC; the figures exclude
 * them as docs/measurement.md says.
 */
export function CloseTicketForm({ ticket, onDone }: { ticket: Ticket; onDone: (message: string) => void }) {
  const id = useId();
  const device = useDevice();
  const [reason, setReason] = useState(REASONS[0]!);
  const [other, setOther] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const label = displayNumber(ticket.number);
  const recordedOn = device.deviceName ? { recordedOn: device.deviceName } : {};

  async function record(cmd: { type: 'markLeft' } | { type: 'cancel'; reason: string }, done: string) {
    const r = await ticketCommand(device, { ...cmd, ticketId: ticket.id, ...recordedOn });
    if (r.ok) onDone(done);
    else setNotice({ kind: 'error', text: r.error.message });
  }

  return (
    <section className="panel close-ticket" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Close {label} without serving</h2>
      <Message notice={notice} />
      <div className="actions">
        <button type="button" autoFocus onClick={() => void record({ type: 'markLeft' }, `${label} marked as left without being seen.`)}>
          {label} left without being seen
        </button>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void record({ type: 'cancel', reason: reason === 'Other' ? other : reason }, `${label} cancelled.`);
        }}
      >
        <label htmlFor={`${id}-reason`}>Or cancel the ticket, because</label>{' '}
        <select id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)}>
          {[...REASONS, 'Other'].map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
        {reason === 'Other' && (
          <>
            {' '}
            <label htmlFor={`${id}-other`}>Reason</label>{' '}
            <input id={`${id}-other`} value={other} maxLength={200} onChange={(e) => setOther(cleanText(e.target.value))} />
          </>
        )}{' '}
        <button type="submit">Cancel ticket {label}</button>{' '}
        <button type="button" onClick={() => onDone('')}>
          Back
        </button>
      </form>
    </section>
  );
}
