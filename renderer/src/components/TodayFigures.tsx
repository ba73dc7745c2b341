import { DEFAULT_COMPLAINT_POLICY } from '../../../shared/figures/contacts';
import { useMemo } from 'react';
import { computeFigures } from '../../../shared/figures/figures';
import type { Ticket } from '../../../shared/tickets/state';
import { useNow } from '../state/now';

const pct = (p: number | null) => (p === null ? '–' : `${p.toFixed(1)}%`);

/**
 * Today's headline figures, computed by the domain core (the same code the
 * endpoint's reports use) and always shown with their counts.
 */
export function TodayFigures({ tickets, standardMinutes, targetPercent }: { tickets: Ticket[]; standardMinutes: number; targetPercent: number }) {
  const now = useNow(10_000);
  const f = useMemo(() => computeFigures(tickets, { asOf: now, targetPercent, complaintPolicy: DEFAULT_COMPLAINT_POLICY }), [tickets, now, targetPercent]);
  const sl = f.serviceLevel;
  const excluded = Object.values(sl.excluded).reduce((a, b) => a + b, 0);
  return (
    <dl className="figures" aria-label="Today’s figures">
      <div data-testid="fig-service-level">
        <dt>Seen within {standardMinutes} minutes</dt>
        <dd>
          <strong>{pct(sl.percent)}</strong> ({sl.met} of {sl.counted}) · target {targetPercent}%{' '}
          {sl.meetsTarget === null ? '' : sl.meetsTarget ? '✓ on target' : '✗ below target'}
          {excluded > 0 && <span className="hint"> · {excluded} not counted yet or left out</span>}
        </dd>
      </div>
      <div data-testid="fig-avoidable">
        <dt>Avoidable contact (NI14)</dt>
        <dd>
          <strong>{pct(f.contacts.avoidablePercent)}</strong> ({f.contacts.avoidable} of {f.contacts.completed})
        </dd>
      </div>
      <div data-testid="fig-first-contact">
        <dt>Resolved at first contact</dt>
        <dd>
          <strong>{pct(f.contacts.firstContactPercent)}</strong> ({f.contacts.resolvedFirstContact} of {f.contacts.completed})
        </dd>
      </div>
    </dl>
  );
}
