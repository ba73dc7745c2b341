import { useState } from 'react';
import { serviceById } from '../../../../shared/config/site-config';
import type { SiteConfig } from '../../../../shared/config/site-config';
import { STATUS_WORDS, displayNumber, isOpen } from '../../../../shared/tickets/state';
import type { Ticket } from '../../../../shared/tickets/state';
import { timeOfDay } from '../../format';

interface Props {
  last: Ticket | undefined;
  today: readonly Ticket[];
  config: SiteConfig;
  waitTold: string | undefined;
  printLabel: string;
  onPrint: (ticketId: string) => void;
}

/**
 * The ticket just issued, large, with its print button; and any other of
 * today's tickets to reprint (a customer who lost theirs, a printer that
 * jammed): the customers still here first, newest first, then the closed
 * ones, each saying how it closed.
 */
export function LastTicket({ last, today, config, waitTold, printLabel, onPrint }: Props) {
  const [chosen, setChosen] = useState('');
  const others = [...today].sort((a, b) => Number(isOpen(b)) - Number(isOpen(a)) || b.issuedAt - a.issuedAt);
  const chosenTicket = others.find((t) => t.id === chosen);
  return (
    <section className="last-ticket" aria-labelledby="last-ticket-heading">
      <h2 id="last-ticket-heading">Last ticket</h2>
      {last ? (
        <>
          <p className="ticket-number" data-testid="last-number">
            {displayNumber(last.number)}
          </p>
          <p>{serviceById(config, last.segments[0]!.serviceId)?.name}</p>
          {waitTold && <p>Expected wait: {waitTold}</p>}
          <button type="button" onClick={() => onPrint(last.id)}>
            {printLabel} ticket {displayNumber(last.number)}
          </button>
        </>
      ) : (
        <p>No ticket issued from this screen yet.</p>
      )}
      {others.length > 0 && (
        <div className="reprint">
          <label>
            Another of today’s tickets{' '}
            <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">Choose a ticket</option>
              {others.map((t) => (
                <option key={t.id} value={t.id}>
                  {displayNumber(t.number)}, {serviceById(config, t.segments[0]!.serviceId)?.name ?? ''}, {timeOfDay(t.issuedAt)}
                  {isOpen(t) ? '' : ` (${STATUS_WORDS[t.status]})`}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" disabled={!chosenTicket} onClick={() => chosenTicket && onPrint(chosenTicket.id)}>
            {printLabel} {chosenTicket ? `ticket ${displayNumber(chosenTicket.number)}` : 'chosen ticket'}
          </button>
        </div>
      )}
    </section>
  );
}
