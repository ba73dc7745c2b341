import { useMemo } from 'react';
import { nextHour } from '../../../../shared/planner/next-hour';
import type { Ticket } from '../../../../shared/tickets/state';
import { useSiteSettings } from '../../app/useDevice';
import { useToday } from '../../data/hooks';
import { useSiteForecast } from '../planner/useForecast';

/** The weeks of history the live line forecasts from: the planner's shortest window, recent enough to follow a season. */
const LIVE_WEEKS = 8;

/**
 * "To stay within the standard for the next hour: N desks", from this weekday's forecast scaled
 * by how busy today has been so far, and the customers waiting now (shared/planner/next-hour.ts).
 * Beside it, the desks open now and how many more to open, in words.
 */
export function NextHourLine({ tickets, desksOpen, waitingNow, now }: { tickets: readonly Ticket[]; desksOpen: number; waitingNow: number; now: number }) {
  const today = useToday();
  const site = useSiteSettings();
  const { forecast, error } = useSiteForecast(LIVE_WEEKS, today);
  const arrivedAt = useMemo(() => tickets.filter((t) => t.status !== 'cancelled' && t.day === today).map((t) => t.issuedAt), [tickets, today]);
  if (error) return <p data-testid="next-hour">Next hour: the history could not be read ({error}).</p>;
  if (!forecast) return <p data-testid="next-hour">Next hour: reading the last {LIVE_WEEKS} weeks…</p>;
  if (!forecast.daysUsed) return <p data-testid="next-hour">Next hour: no history yet to forecast from.</p>;
  const r = nextHour({ forecast, day: today, now, arrivedAt, waitingNow, standardMinutes: site.standardMinutes, targetPercent: site.targetPercent });
  if (r.desks === null) return <p data-testid="next-hour">Next hour: no time at a desk in the history yet to work the desks from.</p>;
  const more = r.desks - desksOpen;
  const pace = r.pace === 1 ? '' : `, today running at ${Math.round(r.pace * 100)}% of the forecast`;
  return (
    <p data-testid="next-hour" className={more > 0 ? 'next-hour short' : 'next-hour'}>
      <strong>
        To stay within the standard for the next hour: {r.desks} desk{r.desks === 1 ? '' : 's'}.
      </strong>{' '}
      {desksOpen} open now{more > 0 ? `: open ${more} more.` : '.'} (About {Math.round(r.expectedArrivals)} customers expected{pace}, and {waitingNow} waiting
      now.)
    </p>
  );
}
