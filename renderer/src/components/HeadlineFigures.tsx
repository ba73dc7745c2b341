import type { ReactNode } from 'react';
import type { Figures } from '../../../shared/figures/figures';
import { mins, withCounts } from '../format';
import { shownPercent, ticketsJudged } from '../../../shared/figures/service-level';

export interface HeadlineFiguresProps {
  figures: Figures;
  standardMinutes: number;
  /** What the list is, for screen readers: "Today’s figures", "Figures for the period". */
  label: string;
  /** Prefix of each item's test id: `fig`, `sup`, `rep`. */
  testId: string;
  /** The first-wait median and 90th percentile, for a period report. */
  waits?: boolean;
  /** Say how many tickets are left out of the service level, and whether the target is met (a report lists both apart instead). */
  live?: boolean;
  className?: string;
  /** Items shown before the figures (the supervisor's "Waiting now"). */
  children?: ReactNode;
}

/**
 * The council's headline figures, always with their counts: seen within the
 * standard against the target, avoidable contact (NI14) and resolution at
 * first contact. One rendering for today's figures, the supervisor's screen
 * and the reports, so they read the same everywhere.
 */
export function HeadlineFigures({
  figures: f,
  standardMinutes,
  label,
  testId,
  waits = false,
  live = true,
  className = 'figures',
  children,
}: HeadlineFiguresProps) {
  const sl = f.serviceLevel;
  const excluded = ticketsJudged(sl) - sl.counted;
  const verdict = !live || sl.meetsTarget === null ? '' : sl.meetsTarget ? ' ✓ on target' : ' ✗ below target';
  return (
    <dl className={className} aria-label={label}>
      {children}
      <div data-testid={`${testId}-service-level`}>
        <dt>Seen within {standardMinutes} minutes</dt>
        <dd>
          {withCounts(shownPercent(sl), sl.met, sl.counted, 'no customers counted')} · target {sl.targetPercent}%{verdict}
          {live && excluded > 0 && <span className="hint"> · {excluded} not counted</span>}
        </dd>
      </div>
      {ticketsJudged(f.priorityServiceLevel) > 0 && (
        <div data-testid={`${testId}-priority`}>
          {/* Apart from the headline, which judges priority customers against the ordinary standard like everyone else. */}
          <dt>Priority customers seen within their own standard</dt>
          <dd>
            {withCounts(shownPercent(f.priorityServiceLevel), f.priorityServiceLevel.met, f.priorityServiceLevel.counted, 'none counted')}
            {live && f.priorityServiceLevel.meetsTarget !== null && (f.priorityServiceLevel.meetsTarget ? ' ✓ on target' : ' ✗ below target')}
          </dd>
        </div>
      )}
      {waits && (
        <div data-testid={`${testId}-waits`}>
          <dt>Wait (first)</dt>
          <dd>
            median {mins(f.firstWait.medianMs)}, 90th percentile {mins(f.firstWait.p90Ms)} (nearest rank)
            {f.transferWait.count > 0 && ` · after transfer: median ${mins(f.transferWait.medianMs)} (${f.transferWait.count})`}
            {f.openTransferWaitsAtClose > 0 && ` · ${f.openTransferWaitsAtClose} still waiting after a transfer at close`}
          </dd>
        </div>
      )}
      <div data-testid={`${testId}-avoidable`}>
        <dt>Avoidable contact (NI14)</dt>
        <dd>{withCounts(f.contacts.avoidablePercent, f.contacts.avoidable, f.contacts.completed, 'no contacts finished')}</dd>
      </div>
      <div data-testid={`${testId}-first-contact`}>
        <dt>Resolved at first contact</dt>
        <dd>{withCounts(f.contacts.firstContactPercent, f.contacts.resolvedFirstContact, f.contacts.completed, 'no contacts finished')}</dd>
      </div>
    </dl>
  );
}
