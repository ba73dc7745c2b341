import type { Outcome } from '../config/site-config';
import type { Needs, Recommend } from '../events/schema';
import { NO_NEED_KEY, needKeys } from '../needs/needs';
import type { Ticket, TicketStatus } from '../tickets/state';

/**
 * What the council's figures read of a ticket, and nothing more: no name,
 * note, clock stamps or conflicts; its needs only for the figures by need. A full Ticket is one (the figures
 * take either), and `figureTicketOf` makes the slim copy that the report
 * cache keeps per day (renderer/src/db/report-days.ts). The compiler holds
 * the figures to this list: a figure that needs another field adds it here.
 */
export interface FigureCall {
  at: number;
  desk: string;
  outOfTurnReason?: string;
}

export interface FigureSegment {
  serviceId: string;
  standardMinutes: number;
  queuedAt: number;
  calls: FigureCall[];
  answeredCall?: FigureCall;
  servingStartedAt?: number;
}

export interface FigureCompletion {
  at: number;
  desk: string;
  outcome: Outcome;
  avoidable: { reasonId: string } | null;
  complaint: { directorate: string } | null;
  /** Absent in tickets folded before compliments were recorded. */
  compliment?: { directorate: string } | null;
}

/** The customer's answer on the feedback screen: no comment (it is personal and purged), no time. */
export interface FigureFeedback {
  skipped: boolean;
  satisfaction: number | null;
  recommend: Recommend | null;
}

export interface FigureTicket {
  id: string;
  siteId: string;
  number: string;
  day: string;
  priority: boolean;
  /** A priority customer's ordinary standard (Ticket.ordinaryStandardMinutes); absent for everyone else. */
  ordinaryStandardMinutes?: number;
  /** For the figures by need; absent when the customer had none (and in days cached before: migration 3 forgot those). */
  needs?: Needs;
  issuedAt: number;
  status: TicketStatus;
  segments: FigureSegment[];
  closedAt?: number;
  completion?: FigureCompletion;
  feedback?: FigureFeedback;
  timingInaccurate: boolean;
}

const call = (c: FigureCall): FigureCall =>
  c.outOfTurnReason === undefined ? { at: c.at, desk: c.desk } : { at: c.at, desk: c.desk, outOfTurnReason: c.outOfTurnReason };

export function figureTicketOf(t: Ticket): FigureTicket {
  const out: FigureTicket = {
    id: t.id,
    siteId: t.siteId,
    number: t.number,
    day: t.day,
    priority: t.priority,
    issuedAt: t.issuedAt,
    status: t.status,
    timingInaccurate: t.timingInaccurate,
    segments: t.segments.map((s) => {
      const seg: FigureSegment = { serviceId: s.serviceId, standardMinutes: s.standardMinutes, queuedAt: s.queuedAt, calls: s.calls.map(call) };
      if (s.answeredCall) seg.answeredCall = call(s.answeredCall);
      if (s.servingStartedAt !== undefined) seg.servingStartedAt = s.servingStartedAt;
      return seg;
    }),
  };
  if (t.ordinaryStandardMinutes !== undefined) out.ordinaryStandardMinutes = t.ordinaryStandardMinutes;
  if (t.closedAt !== undefined) out.closedAt = t.closedAt;
  if (needKeys(t.needs)[0] !== NO_NEED_KEY) out.needs = t.needs;
  const c = t.completion;
  if (c) {
    out.completion = {
      at: c.at,
      desk: c.desk,
      outcome: c.outcome,
      avoidable: c.avoidable ? { reasonId: c.avoidable.reasonId } : null,
      complaint: c.complaint ? { directorate: c.complaint.directorate } : null,
      compliment: c.compliment ? { directorate: c.compliment.directorate } : null,
    };
  }
  const f = t.feedback;
  if (f) out.feedback = { skipped: f.skipped, satisfaction: f.satisfaction, recommend: f.recommend };
  return out;
}
