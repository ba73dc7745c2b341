import { DEFAULT_SITE_CONFIG } from '../shared/config/site-config';
import { periodName } from '../shared/calendar/periods';
import { DEFAULT_COMPLAINT_POLICY } from '../shared/figures/contacts';
import type { SliceBy } from '../shared/figures/figures';
import { namesOf } from '../shared/reports/labels';
import { buildReport as build, reportCsv as csv } from '../shared/reports/report';
import type { Report } from '../shared/reports/report';
import { ni14ReturnCsv, serviceLevelReturnCsv } from '../shared/reports/returns';
import type { SiteTickets } from '../shared/reports/returns';
import type { Ticket } from '../shared/tickets/state';

export { CSV_COLUMNS } from '../shared/reports/report';
export type { Report } from '../shared/reports/report';

/**
 * Reports at the endpoint: the shared report and returns, with England and
 * Wales working days for complaint due dates, and the default names of
 * services and NI14 categories (the endpoint holds no site's settings).
 */
export const NAMES = namesOf(DEFAULT_SITE_CONFIG);

export interface ReportOptions {
  from: string;
  to: string;
  by: SliceBy | null;
  asOf: number;
  targetPercent: number;
  satisfactionTargetPercent?: number;
}

export function buildReport(tickets: readonly Ticket[], opts: ReportOptions): Report {
  return build(tickets, { ...opts, complaintPolicy: DEFAULT_COMPLAINT_POLICY });
}

export function reportCsv(report: Report): string {
  return csv(report, NAMES);
}

export type ReturnKind = 'ni14-return' | 'service-level-return';

/** A return for the period, one row set per site and, with several sites, all of them together. */
export function returnCsv(kind: ReturnKind, tickets: readonly Ticket[], opts: ReportOptions): string {
  const bySite = new Map<string, Ticket[]>();
  for (const t of tickets) (bySite.get(t.siteId) ?? bySite.set(t.siteId, []).get(t.siteId)!).push(t);
  const sites: SiteTickets[] = [...bySite].map(([siteId, list]) => ({ siteId, tickets: list }));
  const figureOpts = {
    asOf: opts.asOf,
    targetPercent: opts.targetPercent,
    complaintPolicy: DEFAULT_COMPLAINT_POLICY,
    satisfactionTargetPercent: opts.satisfactionTargetPercent,
  };
  const period = periodName(opts.from, opts.to);
  return kind === 'ni14-return'
    ? ni14ReturnCsv(period, sites, DEFAULT_SITE_CONFIG.ni14Reasons, NAMES, figureOpts)
    : serviceLevelReturnCsv(period, sites, NAMES, figureOpts);
}
