import { useState } from 'react';
import { closeImpact } from '../../../../shared/tickets/close-day';
import type { CloseImpact } from '../../../../shared/tickets/close-day';
import type { DayStatus } from '../../../../shared/tickets/day-status';
import type { Ticket } from '../../../../shared/tickets/state';
import { timeOfDay } from '../../format';

const customers = (n: number) => (n === 1 ? '1 customer' : `${n} customers`);

/** "4 issued at Front desk and 2 at this PC". */
export function issuedWhere(impact: CloseImpact): string {
  const parts = impact.byPc.map((g, i) => `${g.count}${i === 0 ? ' issued' : ''} at ${g.pc}`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

interface Props {
  day: string;
  tickets: readonly Ticket[];
  status: DayStatus;
  deviceId: string;
  busy: boolean;
  onClose: () => void;
  onReopen: () => void;
}

/**
 * Closing the day ends it for the whole site, not only this PC: before
 * anyone confirms, it says who that touches (customers waiting, on which
 * PCs they were issued) and that no PC can issue until the day is reopened.
 * Reopening is a recorded event too.
 */
export function CloseDayPanel({ day, tickets, status, deviceId, busy, onClose, onReopen }: Props) {
  const [confirming, setConfirming] = useState(false);
  const impact = closeImpact(tickets, day, deviceId);
  const waitingText =
    impact.stillWaiting === 0
      ? 'Nobody is waiting.'
      : `${customers(impact.stillWaiting)} ${impact.stillWaiting === 1 ? 'is' : 'are'} still waiting or called: ${issuedWhere(impact)}.`;

  return (
    <section aria-labelledby="close-heading">
      <h2 id="close-heading">Close the day</h2>
      {status.closed && (
        <p data-testid="day-closed">
          Closed at {timeOfDay(status.at)}
          {status.on ? ` on ${status.on}` : ''}. No PC of this site can issue a ticket until the day is reopened.
        </p>
      )}
      <p>
        {waitingText}
        {impact.serving > 0 && ` ${customers(impact.serving)} being served will finish normally.`}
      </p>
      {confirming ? (
        <div className="confirm" role="group" aria-label="Confirm closing the day">
          <p>
            Closing ends today for the whole site, at every PC, not only this one.{' '}
            {impact.stillWaiting > 0 && `${customers(impact.stillWaiting)} (${issuedWhere(impact)}) will be marked unseen and leave every queue. `}
            Reception PCs cannot issue tickets until someone reopens the day. Close the day now?
          </p>
          <div className="actions">
            <button
              className="primary"
              onClick={() => {
                setConfirming(false);
                onClose();
              }}
              autoFocus
            >
              Yes, close the day for the whole site
            </button>
            <button onClick={() => setConfirming(false)}>Cancel</button>
          </div>
        </div>
      ) : (
        <div className="actions">
          {(!status.closed || impact.stillWaiting > 0) && (
            <button className="primary" onClick={() => setConfirming(true)} disabled={busy}>
              {status.closed ? 'Close again (marks anyone who arrived since)…' : 'Close the day…'}
            </button>
          )}
          {status.closed && (
            <button onClick={onReopen} disabled={busy}>
              Reopen the day
            </button>
          )}
        </div>
      )}
    </section>
  );
}
