import { useState } from 'react';
import { cleanText } from '../../../../shared/events/text';
import { displayNumber } from '../../../../shared/tickets/state';
import type { Ticket } from '../../../../shared/tickets/state';

/**
 * Calling a customer from the list instead of "Call next": the next in line
 * is called as is; anyone else needs a reason, recorded with the call and
 * counted in the figures as an out-of-turn call.
 */
export function OutOfTurnForm({
  ticket,
  isNext,
  onCall,
  onCancel,
}: {
  ticket: Ticket;
  isNext: boolean;
  onCall: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <form
      className="out-of-turn"
      onSubmit={(e) => {
        e.preventDefault();
        onCall(reason.trim());
      }}
    >
      {isNext ? (
        <p>{displayNumber(ticket.number)} is next in line.</p>
      ) : (
        <div className="field">
          <label htmlFor="oot-reason">Reason for calling {displayNumber(ticket.number)} out of turn</label>
          <input id="oot-reason" value={reason} onChange={(e) => setReason(cleanText(e.target.value))} maxLength={200} autoFocus />
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          Call {displayNumber(ticket.number)}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
