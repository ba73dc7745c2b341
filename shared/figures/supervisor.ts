import type { SiteConfig } from '../config/site-config';
import type { DeskState } from '../desks/desk';
import { recentServiceMinutes } from '../estimates/service-times';
import { forecastBreaches } from '../estimates/simulate';
import type { BreachForecast } from '../estimates/simulate';
import { waitedMs } from '../queue/bands';
import { currentSegment } from '../tickets/state';
import type { Ticket } from '../tickets/state';
import { computeFigures, sliceFigures } from './figures';
import type { FigureOptions, Figures } from './figures';

/**
 * Everything the supervisor's live screen shows, from today's tickets and
 * the desks, at one instant. One pass of the shared figures, so the screen,
 * the reports and the endpoint cannot disagree.
 */
export interface DeskRow {
  desk: string;
  status: DeskState['status'];
  /** The customer at the desk, if any, and since when (called or serving). */
  ticket: { number: string; state: 'called' | 'serving'; since: number } | null;
  servedToday: number;
  since: number;
  /** Why a paused desk is paused, if the advisor said; undefined for any other desk. */
  pauseReason: string | undefined;
}

export interface SupervisorView {
  today: Figures;
  waiting: number;
  longestWaitMs: number;
  byService: { key: string; waiting: number; figures: Figures }[];
  byDesk: DeskRow[];
  byHour: { key: string; figures: Figures }[];
  forecast: BreachForecast[];
}

function deskTicket(t: Ticket): NonNullable<DeskRow['ticket']> {
  const seg = currentSegment(t);
  return t.status === 'serving'
    ? { number: t.number, state: 'serving', since: seg.servingStartedAt! }
    : { number: t.number, state: 'called', since: seg.calls[seg.calls.length - 1]!.at };
}

/** How many wait now for each service (by the service of their current visit segment): the supervisor's screen and the calling display. */
export function countWaitingByService(tickets: readonly Ticket[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tickets) if (t.status === 'waiting') counts.set(currentSegment(t).serviceId, (counts.get(currentSegment(t).serviceId) ?? 0) + 1);
  return counts;
}

export function supervisorView(tickets: readonly Ticket[], desks: readonly DeskState[], config: SiteConfig, opts: FigureOptions): SupervisorView {
  const waitingTickets = tickets.filter((t) => t.status === 'waiting');
  const waitingByService = countWaitingByService(tickets);
  const byServiceSlices = new Map(sliceFigures(tickets, 'service', opts).map((s) => [s.key, s.figures]));
  const servicesShown = config.services.filter((s) => byServiceSlices.has(s.id) || waitingByService.has(s.id));

  const servedBy = new Map<string, number>();
  for (const t of tickets) {
    for (const seg of t.segments) {
      // Stryker disable next-line ConditionalExpression: counting segments never served under an undefined key changes no desk's count
      if (seg.servingDesk) servedBy.set(seg.servingDesk, (servedBy.get(seg.servingDesk) ?? 0) + 1);
    }
  }
  const holding = new Map(tickets.filter((t) => (t.status === 'called' || t.status === 'serving') && t.desk).map((t) => [t.desk!, t]));

  return {
    today: computeFigures(tickets, opts),
    waiting: waitingTickets.length,
    longestWaitMs: waitingTickets.reduce((m, t) => Math.max(m, waitedMs(t, opts.asOf)), 0),
    // A service is shown because it has tickets today, so it has a slice.
    byService: servicesShown.map((s) => ({ key: s.id, waiting: waitingByService.get(s.id) ?? 0, figures: byServiceSlices.get(s.id)! })),
    byDesk: [...desks]
      .sort((a, b) => a.desk.localeCompare(b.desk, 'en', { numeric: true }))
      .map((d) => {
        const t = holding.get(d.desk);
        return {
          desk: d.desk,
          status: d.status,
          ticket: t ? deskTicket(t) : null,
          servedToday: servedBy.get(d.desk) ?? 0,
          since: d.since,
          pauseReason: d.status === 'paused' ? d.pauseReason : undefined,
        };
      }),
    byHour: sliceFigures(tickets, 'hour', opts),
    forecast: forecastBreaches({ now: opts.asOf, desks, tickets: [...tickets], serviceMinutes: recentServiceMinutes(tickets, config) }),
  };
}
