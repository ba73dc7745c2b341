import { periodName } from '../../shared/calendar/periods';
import { holidayCalendar } from '../../shared/calendar/working-days';
import type { HolidayCalendar } from '../../shared/calendar/working-days';
import { siteOnDay } from '../../shared/config/site-history';
import type { SiteVersion } from '../../shared/config/site-history';
import { siteConfigOf } from '../../shared/config/site-settings';
import type { SiteSettings } from '../../shared/config/site-settings';
import { DEFAULT_SITE_CONFIG } from '../../shared/config/site-config';
import { complaintPolicyOf } from '../../shared/figures/contacts';
import type { ComplaintPolicy } from '../../shared/figures/contacts';
import { computeFigures } from '../../shared/figures/figures';
import type { FigureOptions, SliceBy } from '../../shared/figures/figures';
import { namesOf } from '../../shared/reports/labels';
import type { ReportNames } from '../../shared/reports/labels';
import { buildReport as build, reportCsv as csv } from '../../shared/reports/report';
import type { Report } from '../../shared/reports/report';
import { ni14ReturnCsv, serviceLevelReturnCsv } from '../../shared/reports/returns';
import type { SiteTickets } from '../../shared/reports/returns';
import type { Ticket } from '../../shared/tickets/state';
import type { Queryable } from '../db/adapter';
import { ticketsFor } from '../devices/read';
import { siteVersionsOf } from './site-config';

export { CSV_COLUMNS } from '../../shared/reports/report';
export type { Report } from '../../shared/reports/report';

/**
 * Reports at the endpoint, each site judged by its own configuration (shared/config/site-history.ts),
 * the same one its PCs use:
 * - the period's target, satisfaction target and names: the configuration in force on its last day;
 * - complaint due dates: the bank holidays and closed days of the ticket's site on its day;
 * - a ticket's standard: its own, fixed when it was issued.
 * Several sites together (one report, or a return's "All sites" row) are held to the highest of
 * their targets: the council meets its target only where every site would. A target given in the
 * request (the API's `target`, the CLI's `--target`) overrides the sites' own.
 */
export interface ReportRequest {
  siteIds: readonly string[];
  from: string;
  to: string;
  by: SliceBy | null;
  asOf: number;
  targetPercent?: number | undefined;
  satisfactionTargetPercent?: number | undefined;
}

export interface LoadedReport {
  request: ReportRequest;
  tickets: Ticket[];
  /** Each site's versions, and the configuration in force on the period's last day. */
  versions: Map<string, SiteVersion[]>;
  sites: Map<string, SiteSettings>;
}

export async function loadReport(db: Queryable, request: ReportRequest): Promise<LoadedReport> {
  const [tickets, versions] = await Promise.all([ticketsFor(db, request.siteIds, request.from, request.to), siteVersionsOf(db, request.siteIds)]);
  const sites = new Map([...versions].map(([id, v]) => [id, siteOnDay(v, request.to)]));
  return { request, tickets, versions, sites };
}

/** Each ticket's complaint calendar from its site's configuration on its day; built once per version. */
function complaintPolicy(l: LoadedReport, only?: string): ComplaintPolicy {
  const calendars = new Map<SiteSettings, HolidayCalendar>();
  const calendarOf = (s: SiteSettings) => calendars.get(s) ?? calendars.set(s, holidayCalendar(s.holidayRegion, s.extraClosedDays)).get(s)!;
  const first = l.sites.get(only ?? l.request.siteIds[0] ?? '');
  const base = complaintPolicyOf(first ?? { holidayRegion: 'england-and-wales', extraClosedDays: [] });
  return { ...base, calendarFor: (siteId, day) => calendarOf(siteOnDay(l.versions.get(siteId) ?? [], day)) };
}

function optionsFor(l: LoadedReport, siteIds: readonly string[]): FigureOptions {
  const judged = siteIds.map((id) => l.sites.get(id)).filter((s): s is SiteSettings => s !== undefined);
  const highest = (pick: (s: SiteSettings) => number, fallback: number) => (judged.length ? Math.max(...judged.map(pick)) : fallback);
  return {
    asOf: l.request.asOf,
    targetPercent: l.request.targetPercent ?? highest((s) => s.targetPercent, DEFAULT_SITE_CONFIG.targetPercent),
    satisfactionTargetPercent: l.request.satisfactionTargetPercent ?? highest((s) => s.satisfactionTargetPercent, 80),
    complaintPolicy: complaintPolicy(l, siteIds.length === 1 ? siteIds[0] : undefined),
  };
}

/** Names of services and NI14 categories: each site's own, the first site's where two differ. */
export function namesFor(l: LoadedReport): ReportNames {
  const all = [...l.sites.values()].map((s) => namesOf(siteConfigOf(s)));
  const fallback = namesOf(DEFAULT_SITE_CONFIG);
  const pick = (get: (n: ReportNames) => string, id: string) => all.map(get).find((name) => name !== id) ?? get(fallback);
  return { service: (id) => pick((n) => n.service(id), id), reason: (id) => pick((n) => n.reason(id), id) };
}

/** The report; sliced by site, each site's row judged by its own configuration. */
export function reportOf(l: LoadedReport): Report {
  const { from, to, by } = l.request;
  const report = build(l.tickets, { from, to, by, ...optionsFor(l, l.request.siteIds) });
  if (by !== 'site') return report;
  return {
    ...report,
    slices: report.slices.map((s) => ({
      key: s.key,
      figures: computeFigures(
        l.tickets.filter((t) => t.siteId === s.key),
        optionsFor(l, [s.key]),
      ),
    })),
  };
}

export function reportCsvOf(l: LoadedReport): string {
  return csv(reportOf(l), namesFor(l));
}

export type ReturnKind = 'ni14-return' | 'service-level-return';

/** A return for the period: one row set per site, each by its own configuration, and with several sites all of them together. */
export function returnCsvOf(kind: ReturnKind, l: LoadedReport): string {
  // Every site asked for has its rows, a site with no customers too: a council files "0 of 0", not nothing.
  const bySite = new Map<string, Ticket[]>(l.request.siteIds.map((id) => [id, []]));
  for (const t of l.tickets) (bySite.get(t.siteId) ?? bySite.set(t.siteId, []).get(t.siteId)!).push(t);
  const sites: SiteTickets[] = [...bySite].map(([siteId, list]) => ({ siteId, tickets: list, options: optionsFor(l, [siteId]) }));
  const period = periodName(l.request.from, l.request.to);
  const all = optionsFor(l, [...bySite.keys()]);
  const reasons = l.sites.size === 1 ? siteConfigOf([...l.sites.values()][0]!).ni14Reasons : DEFAULT_SITE_CONFIG.ni14Reasons;
  return kind === 'ni14-return' ? ni14ReturnCsv(period, sites, reasons, namesFor(l), all) : serviceLevelReturnCsv(period, sites, namesFor(l), all);
}

/** What each site is judged by, for the officer page: its standard and targets in force on the period's last day. */
export function judgedBy(
  l: LoadedReport,
): { siteId: string; standardMinutes: number; targetPercent: number; satisfactionTargetPercent: number; holidayRegion: string }[] {
  return [...l.sites].map(([siteId, s]) => ({
    siteId,
    standardMinutes: s.standardMinutes,
    targetPercent: s.targetPercent,
    satisfactionTargetPercent: s.satisfactionTargetPercent,
    holidayRegion: s.holidayRegion,
  }));
}
