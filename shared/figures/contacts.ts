import { OUTCOMES } from '../config/site-config';
import type { Outcome } from '../config/site-config';
import { DateNotCoveredError } from '../calendar/bank-holidays';
import type { HolidayRegion } from '../calendar/bank-holidays';
import { addWorkingDays, holidayCalendar } from '../calendar/working-days';
import type { HolidayCalendar } from '../calendar/working-days';
import { londonDay } from '../calendar/london';
import type { FigureTicket } from './figure-ticket';
import { percentOf } from './stats';

/**
 * What happened at the desk, over completed contacts:
 * - NI14 avoidable contact % = contacts flagged avoidable ÷ completed contacts;
 * - first point of contact resolution % = "resolved" outcomes ÷ completed contacts;
 * - complaints raised at the counter, by directorate, with due dates in
 *   working days (acknowledge in 5, respond in 10 by default).
 */
export interface ContactFigures {
  completed: number;
  avoidable: number;
  avoidablePercent: number | null;
  avoidableByReason: Record<string, number>;
  resolvedFirstContact: number;
  firstContactPercent: number | null;
  outcomes: Record<Outcome, number>;
  outOfTurnCalls: number;
}

export function contactFigures(tickets: Iterable<FigureTicket>): ContactFigures {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  const avoidableByReason: Record<string, number> = {};
  let completed = 0;
  let avoidable = 0;
  let outOfTurnCalls = 0;
  for (const t of tickets) {
    for (const seg of t.segments) for (const c of seg.calls) if (c.outOfTurnReason) outOfTurnCalls++;
    // Only a completed ticket has a completion: the fold sets it on ticket.completed, and nothing leaves that status.
    const c = t.completion;
    if (!c) continue;
    completed++;
    outcomes[c.outcome]++;
    if (c.avoidable) {
      avoidable++;
      avoidableByReason[c.avoidable.reasonId] = (avoidableByReason[c.avoidable.reasonId] ?? 0) + 1;
    }
  }
  return {
    completed,
    avoidable,
    avoidablePercent: percentOf(avoidable, completed),
    avoidableByReason,
    resolvedFirstContact: outcomes.resolved,
    firstContactPercent: percentOf(outcomes.resolved, completed),
    outcomes,
    outOfTurnCalls,
  };
}

export interface ComplaintDue {
  ticketId: string;
  number: string;
  directorate: string;
  raisedDay: string;
  /** null when the day is beyond the years the holiday rules cover: see `dueNote`. */
  acknowledgeBy: string | null;
  respondBy: string | null;
  dueNote?: string;
}

export interface ComplaintPolicy {
  acknowledgeWorkingDays: number;
  respondWorkingDays: number;
  calendar: HolidayCalendar;
  /**
   * The calendar of a ticket's own site on the day it was issued (the configuration then in
   * force, config/site-history.ts), where a report covers sites or days judged differently.
   */
  calendarFor?: (siteId: string, day: string) => HolidayCalendar;
}

/**
 * Chorley's complaints standard: acknowledge in 5 working days, respond in
 * 10, England and Wales bank holidays. The default for the app and the
 * endpoint; a site sets its region and its own closed days in Settings.
 */
export const DEFAULT_COMPLAINT_POLICY: ComplaintPolicy = { acknowledgeWorkingDays: 5, respondWorkingDays: 10, calendar: holidayCalendar() };

/** The complaint policy of a site's configuration: the default days, the site's region and closed days. */
export function complaintPolicyOf(settings: { holidayRegion: HolidayRegion; extraClosedDays: readonly string[] }): ComplaintPolicy {
  return { ...DEFAULT_COMPLAINT_POLICY, calendar: holidayCalendar(settings.holidayRegion, settings.extraClosedDays) };
}

function dueDates(raisedDay: string, policy: ComplaintPolicy): Pick<ComplaintDue, 'acknowledgeBy' | 'respondBy' | 'dueNote'> {
  try {
    return {
      acknowledgeBy: addWorkingDays(raisedDay, policy.acknowledgeWorkingDays, policy.calendar),
      respondBy: addWorkingDays(raisedDay, policy.respondWorkingDays, policy.calendar),
    };
  } catch (e) {
    if (e instanceof DateNotCoveredError) return { acknowledgeBy: null, respondBy: null, dueNote: `Due dates not known: ${e.message}` };
    throw e;
  }
}

export function complaints(tickets: Iterable<FigureTicket>, policy: ComplaintPolicy): { list: ComplaintDue[]; byDirectorate: Record<string, number> } {
  const list: ComplaintDue[] = [];
  const byDirectorate: Record<string, number> = {};
  for (const t of tickets) {
    const c = t.completion;
    if (!c?.complaint) continue;
    const raisedDay = londonDay(c.at);
    list.push({
      ticketId: t.id,
      number: t.number,
      directorate: c.complaint.directorate,
      raisedDay,
      ...dueDates(raisedDay, policy.calendarFor ? { ...policy, calendar: policy.calendarFor(t.siteId, t.day) } : policy),
    });
    byDirectorate[c.complaint.directorate] = (byDirectorate[c.complaint.directorate] ?? 0) + 1;
  }
  list.sort((a, b) => a.raisedDay.localeCompare(b.raisedDay) || a.number.localeCompare(b.number));
  return { list, byDirectorate };
}

/** Compliments paid at the counter, counted by the directorate they were about. */
export function complimentsByDirectorate(tickets: Iterable<FigureTicket>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of tickets) {
    const d = t.completion?.compliment?.directorate;
    if (d !== undefined) out[d] = (out[d] ?? 0) + 1;
  }
  return out;
}
