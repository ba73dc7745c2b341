import { londonHour } from '../calendar/london';
import { periodOf } from '../calendar/periods';
import { isOpenTransferWait } from '../tickets/close-day';
import type { FigureTicket } from './figure-ticket';
import { complaints, complimentsByDirectorate, contactFigures } from './contacts';
import type { ComplaintDue, ComplaintPolicy, ContactFigures } from './contacts';
import { firstWaitMs, serviceLevel, timingInaccurate } from './service-level';
import type { ServiceLevel } from './service-level';
import { satisfactionFigures } from './satisfaction';
import type { SatisfactionFigures } from './satisfaction';
import { durationStats } from './stats';
import type { DurationStats } from './stats';
import { NO_NEEDS, needKeys } from '../needs/needs';

/**
 * All the council's figures for one set of tickets, and the same sliced by
 * day, hour, service, desk or site. One implementation for the app and the
 * endpoint: the supervisor's screen, the reports and the server's CSV agree
 * because they all call this.
 */
export interface FigureOptions {
  /** "Now" for live figures; the end of the period for reports. */
  asOf: number;
  targetPercent: number;
  complaintPolicy: ComplaintPolicy;
  /** The share of customers satisfied or very satisfied the site aims for; 80% when not set (Chorley's standard). */
  satisfactionTargetPercent?: number;
}

export const DEFAULT_SATISFACTION_TARGET = 80;

export interface Figures {
  tickets: number;
  /** The headline: every customer against the ordinary standard. */
  serviceLevel: ServiceLevel;
  /** Priority customers only, each against their own (shorter) standard: reported beside the headline, never mixed into it. */
  priorityServiceLevel: ServiceLevel;
  firstWait: DurationStats;
  transferWait: DurationStats;
  /** Transferred customers still waiting for the next service when the day was closed. */
  openTransferWaitsAtClose: number;
  contacts: ContactFigures;
  complaints: ComplaintDue[];
  complaintsByDirectorate: Record<string, number>;
  compliments: number;
  complimentsByDirectorate: Record<string, number>;
  satisfaction: SatisfactionFigures;
}

export function computeFigures(tickets: readonly FigureTicket[], opts: FigureOptions): Figures {
  const firstWaits: number[] = [];
  const transferWaits: number[] = [];
  const priority: FigureTicket[] = [];
  let openTransferWaitsAtClose = 0;
  for (const t of tickets) {
    if (t.priority) priority.push(t);
    if (isOpenTransferWait(t)) openTransferWaitsAtClose++;
    if (t.status === 'cancelled' || timingInaccurate(t)) continue;
    const w = firstWaitMs(t);
    if (w !== null) firstWaits.push(w);
    for (let i = 1; i < t.segments.length; i++) {
      const s = t.segments[i]!;
      if (s.answeredCall) transferWaits.push(s.answeredCall.at - s.queuedAt);
    }
  }
  const c = complaints(tickets, opts.complaintPolicy);
  const praise = complimentsByDirectorate(tickets);
  return {
    tickets: tickets.length,
    serviceLevel: serviceLevel(tickets, opts.asOf, opts.targetPercent, 'headline'),
    // Stryker disable next-line StringLiteral: anything but 'headline' judges by the ticket's own standard
    priorityServiceLevel: serviceLevel(priority, opts.asOf, opts.targetPercent, 'own'),
    firstWait: durationStats(firstWaits),
    transferWait: durationStats(transferWaits),
    openTransferWaitsAtClose,
    contacts: contactFigures(tickets),
    complaints: c.list,
    complaintsByDirectorate: c.byDirectorate,
    compliments: Object.values(praise).reduce((a, b) => a + b, 0),
    complimentsByDirectorate: praise,
    satisfaction: satisfactionFigures(tickets, opts.asOf, opts.satisfactionTargetPercent ?? DEFAULT_SATISFACTION_TARGET),
  };
}

export type SliceBy = 'day' | 'week' | 'month' | 'quarter' | 'hour' | 'service' | 'desk' | 'site' | 'need';

/**
 * The keys a ticket falls under: one, except by need, where a customer who needed BSL and a
 * hearing loop counts under each (so the slices of a breakdown by need add up to more than the
 * whole), and one with none under "none" (shared/needs/needs.ts).
 */
export function sliceKeys(t: FigureTicket, by: SliceBy): string[] {
  return by === 'need' ? needKeys(t.needs ?? NO_NEEDS) : [sliceKey(t, by)];
}

/**
 * The key a ticket falls under. Desk: the desk that answered its first call.
 * Week, month and quarter: the first day of the period (a week from Monday, a
 * financial quarter), so keys sort in time order.
 */
export function sliceKey(t: FigureTicket, by: Exclude<SliceBy, 'need'>): string {
  switch (by) {
    // Stryker disable next-line ConditionalExpression: periodOf('day') gives the day itself; this saves the parse per ticket over a year
    case 'day':
      return t.day;
    case 'week':
    case 'month':
    case 'quarter':
      return periodOf(by, t.day).from;
    case 'hour':
      return String(londonHour(t.issuedAt)).padStart(2, '0');
    case 'service':
      return t.segments[0]!.serviceId;
    case 'desk':
      return t.segments[0]!.answeredCall?.desk ?? t.completion?.desk ?? '(not served)';
    case 'site':
      return t.siteId;
  }
}

/**
 * By desk, what customers said counts under the desk that finished the visit, the one whose
 * feedback screen asked: after a transfer that is not the desk that answered the first call
 * (under which the wait counts).
 */
const askedAt = (t: FigureTicket): string => t.completion?.desk ?? sliceKey(t, 'desk');

function groupBy(tickets: readonly FigureTicket[], keysOf: (t: FigureTicket) => string[]): Map<string, FigureTicket[]> {
  const groups = new Map<string, FigureTicket[]>();
  for (const t of tickets)
    for (const k of keysOf(t)) {
      const g = groups.get(k);
      if (g) g.push(t);
      else groups.set(k, [t]);
    }
  return groups;
}

export function sliceFigures(tickets: readonly FigureTicket[], by: SliceBy, opts: FigureOptions): { key: string; figures: Figures }[] {
  const groups = groupBy(tickets, (t) => sliceKeys(t, by));
  if (by !== 'desk') return [...groups.keys()].sort().map((key) => ({ key, figures: computeFigures(groups.get(key)!, opts) }));
  const asked = groupBy(tickets, (t) => [askedAt(t)]);
  const keys = [...new Set([...groups.keys(), ...asked.keys()])].sort();
  return keys.map((key) => ({
    key,
    figures: {
      ...computeFigures(groups.get(key) ?? [], opts),
      // Stryker disable next-line ArrayDeclaration: a desk that asked nobody has no tickets here; any array without tickets counts nothing
      satisfaction: satisfactionFigures(asked.get(key) ?? [], opts.asOf, opts.satisfactionTargetPercent ?? DEFAULT_SATISFACTION_TARGET),
    },
  }));
}

/** Tickets whose service day falls in [fromDay, toDay], inclusive. */
export function inDayRange(tickets: Iterable<FigureTicket>, fromDay: string, toDay: string): FigureTicket[] {
  const out: FigureTicket[] = [];
  for (const t of tickets) if (t.day >= fromDay && t.day <= toDay) out.push(t);
  return out;
}
