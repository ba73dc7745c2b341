import type { Ni14Reason } from '../config/site-config';
import { computeFigures } from '../figures/figures';
import type { FigureOptions, Figures } from '../figures/figures';
import type { FigureTicket } from '../figures/figure-ticket';
import { csvLine, csvMinutes, csvNumber, csvText, csvYesNo } from './csv';
import type { ReportNames } from './labels';
import { shownPercent, standardMinutesOf } from '../figures/service-level';
import type { JudgedAgainst } from '../figures/service-level';

/**
 * The two returns a council files, as CSV files with stable columns, one row
 * per site (and a row for all sites together when there are several):
 *
 * - the monthly NI14 return: avoidable contacts over completed contacts, in
 *   all and by reason category (every configured category, zeros included);
 * - the quarterly "% seen within the standard" return: met over counted,
 *   against the target, with what was left out and why, for all services and
 *   for each service. The headline judges every customer, priority ones too,
 *   against the ordinary standard (`standard_minutes`); the priority columns
 *   at the end judge priority customers against their own standard, apart.
 *
 * Columns are documented in docs/reports.md; a new column is only ever added
 * at the end.
 */
export interface SiteTickets {
  siteId: string;
  tickets: readonly FigureTicket[];
  /** The site's own target and complaint calendar; the return's options where absent (and for "All sites"). */
  options?: FigureOptions;
}

export const NI14_RETURN_COLUMNS = ['month', 'site', 'category', 'avoidable_contacts', 'completed_contacts', 'avoidable_percent'] as const;

export const SERVICE_LEVEL_RETURN_COLUMNS = [
  'quarter', 'site', 'service', 'standard_minutes', 'target_percent', 'seen_within_standard', 'counted', 'percent_seen_within_standard', 'meets_target',
  'left_out_cancelled', 'left_out_timing_inaccurate', 'left_out_left_within_standard', 'left_out_unseen_within_standard', 'left_out_still_waiting',
  'median_wait_min_nearest_rank', 'p90_wait_min_nearest_rank',
  'priority_standard_minutes', 'priority_seen_within_standard', 'priority_counted', 'priority_percent_seen_within_standard', 'priority_meets_target',
] as const;

export const ALL_SITES = 'All sites';

/** Each site, then all of them together when there is more than one. */
function withCouncilTotal(sites: readonly SiteTickets[]): SiteTickets[] {
  // A return lists each site once, so "not before" is "after".
  // Stryker disable next-line EqualityOperator: with no two site codes equal, < and <= order alike
  const sorted = [...sites].sort((a, b) => (a.siteId < b.siteId ? -1 : 1));
  return sorted.length > 1 ? [...sorted, { siteId: ALL_SITES, tickets: sorted.flatMap((s) => s.tickets) }] : sorted;
}

export function ni14ReturnCsv(month: string, sites: readonly SiteTickets[], reasons: readonly Ni14Reason[], names: ReportNames, opts: FigureOptions): string {
  const lines = [csvLine(NI14_RETURN_COLUMNS)];
  for (const site of withCouncilTotal(sites)) {
    const c = computeFigures(site.tickets, site.options ?? opts).contacts;
    lines.push(csvLine([month, site.siteId, 'All avoidable contact', c.avoidable, c.completed, csvNumber(c.avoidablePercent)]));
    const ids = [...reasons.map((r) => r.id), ...Object.keys(c.avoidableByReason).filter((id) => !reasons.some((r) => r.id === id)).sort()];
    for (const id of ids) {
      const n = c.avoidableByReason[id] ?? 0;
      lines.push(csvLine([month, site.siteId, names.reason(id), n, c.completed, csvNumber(c.completed ? (n / c.completed) * 100 : null)]));
    }
  }
  return csvText(lines);
}

function serviceLevelRow(quarter: string, site: string, service: string, tickets: readonly FigureTicket[], f: Figures): string {
  const sl = f.serviceLevel;
  const pr = f.priorityServiceLevel;
  // Stryker disable next-line StringLiteral: anything but 'headline' is the ticket's own standard
  const priorityStandard = standardOf(tickets.filter((t) => t.priority), 'own');
  return csvLine([
    quarter, site, service, standardOf(tickets, 'headline'), sl.targetPercent, sl.met, sl.counted, csvNumber(shownPercent(sl)), csvYesNo(sl.meetsTarget),
    sl.excluded.cancelled, sl.excluded.timingInaccurate, sl.excluded.leftWithinStandard, sl.excluded.unseenWithinStandard, sl.excluded.pending,
    csvMinutes(f.firstWait.medianMs), csvMinutes(f.firstWait.p90Ms),
    priorityStandard, pr.met, pr.counted, csvNumber(shownPercent(pr)), csvYesNo(pr.meetsTarget),
  ]);
}

/** The standard the tickets were judged against, or "mixed" when it changed within the period (or differs between services), or blank with no tickets. */
function standardOf(tickets: readonly FigureTicket[], against: JudgedAgainst): number | string {
  const seen = new Set(tickets.map((t) => standardMinutesOf(t, against)));
  // Stryker disable next-line EqualityOperator: a size of 1 is answered just before, so > 1 and >= 1 agree here
  return seen.size === 1 ? [...seen][0]! : seen.size > 1 ? 'mixed' : '';
}

export function serviceLevelReturnCsv(quarter: string, sites: readonly SiteTickets[], names: ReportNames, opts: FigureOptions): string {
  const lines = [csvLine(SERVICE_LEVEL_RETURN_COLUMNS)];
  for (const site of withCouncilTotal(sites)) {
    const byService = new Map<string, FigureTicket[]>();
    for (const t of site.tickets) {
      const id = t.segments[0]!.serviceId;
      const list = byService.get(id);
      if (list) list.push(t);
      else byService.set(id, [t]);
    }
    const ids = [...byService.keys()].sort((a, b) => names.service(a).localeCompare(names.service(b), 'en-GB'));
    const o = site.options ?? opts;
    lines.push(serviceLevelRow(quarter, site.siteId, 'All services', site.tickets, computeFigures(site.tickets, o)));
    for (const id of ids) lines.push(serviceLevelRow(quarter, site.siteId, names.service(id), byService.get(id)!, computeFigures(byService.get(id)!, o)));
  }
  return csvText(lines);
}
