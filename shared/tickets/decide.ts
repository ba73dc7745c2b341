import { standardFor } from '../config/site-settings';
import { err, ok } from '../core/result';
import type { Result } from '../core/result';
import { serviceById } from '../config/site-config';
import type { SiteConfig } from '../config/site-config';
import type { EventType, Needs, PayloadOf } from '../events/schema';
import type { DeskState } from '../desks/desk';
import { nextTicketFor } from '../queue/call-order';
import { applyEvent } from './apply';
import { londonClock } from '../calendar/london';
import type { DayStatus } from './day-status';
import { displayNumber } from './state';
import type { Completion, Ticket } from './state';
import type { Recommend } from '../events/schema';
import { canonicalNeeds } from '../needs/needs';

/** What a customer tapped on the feedback screen; a question left unanswered is null. */
export interface FeedbackAnswer {
  satisfaction: number | null;
  recommend: Recommend | null;
  comment?: string;
}

/**
 * decide(state, command, context) → event drafts, or a DomainError whose
 * message a receptionist can read. The caller stamps the drafts (id,
 * deviceSeq, hlc) and writes them with the projection in one transaction.
 */
export interface DomainError {
  code: string;
  message: string;
}

export type Draft = { [T in EventType]: { type: T; ticketId?: string; payload: PayloadOf<T> } }[EventType];

export type Command =
  | { type: 'issue'; ticketId: string; serviceId: string; number: string; day: string; needs: Needs; priority: boolean; name?: string; issuedOn?: string }
  | { type: 'call'; ticketId: string; desk: string; outOfTurnReason?: string }
  | { type: 'recall'; ticketId: string; desk: string }
  | { type: 'requeue'; ticketId: string; desk: string }
  | { type: 'noShow'; ticketId: string; desk: string }
  | { type: 'startServing'; ticketId: string; desk: string }
  | { type: 'transfer'; ticketId: string; desk: string; toServiceId: string; note?: string }
  | ({ type: 'complete'; ticketId: string; desk: string; compliment?: Completion['compliment'] } & Omit<Completion, 'at' | 'desk' | 'compliment'>)
  | { type: 'giveFeedback'; ticketId: string; answer: FeedbackAnswer | 'skipped'; givenOn?: string }
  | { type: 'markLeft'; ticketId: string; recordedOn?: string }
  | { type: 'cancel'; ticketId: string; reason: string; recordedOn?: string };

export interface DecideContext {
  config: SiteConfig;
  /** The desk acting, for desk commands: it must be signed on. */
  deskState?: DeskState;
  /** Waiting tickets, for `call`: to tell an out-of-turn call from the next in line. */
  queue?: readonly Ticket[];
  /** For `call`: the tickets the calling desk holds now (called or being served). A desk holds one customer. */
  holding?: readonly Ticket[];
  /** For `issue`: whether the day has been closed (at any PC) and not reopened. */
  day?: DayStatus;
}

/** Why a desk that already has a customer cannot call another, in the words the desk reads. */
export function customerInHand(desk: string, held: Ticket): DomainError {
  const doing = held.status === 'serving' ? 'is serving' : 'has called';
  return { code: 'customer-in-hand', message: `Desk ${desk} ${doing} ${displayNumber(held.number)}. Finish, transfer or return your current customer first.` };
}

/** Why no ticket can be issued on a closed day, and what to do about it. */
export function dayClosed(day: Extract<DayStatus, { closed: true }>): DomainError {
  const where = day.on ? ` on ${day.on}` : '';
  return { code: 'day-closed', message: `Today was closed at ${londonClock(day.at)}${where}, so no more tickets can be issued. Reopen the day to issue one.` };
}

const fail = (code: string, message: string) => err<DomainError>({ code, message });

export function decide(ticket: Ticket | undefined, cmd: Command, ctx: DecideContext): Result<Draft[], DomainError> {
  if (cmd.type === 'issue') return decideIssue(ticket, cmd, ctx);
  if (!ticket) return fail('unknown-ticket', 'That ticket is not in this PC’s records.');
  const label = displayNumber(ticket.number);

  if ('desk' in cmd) {
    const desk = ctx.deskState;
    if (!desk || desk.desk !== cmd.desk || desk.status === 'closed') return fail('desk-not-signed-on', `Sign on at desk ${cmd.desk} first.`);
    if (cmd.type === 'call' && desk.status === 'paused') return fail('desk-paused', `Desk ${cmd.desk} is paused. Resume it to call customers.`);
  }

  let draft: Draft;
  switch (cmd.type) {
    case 'call': {
      if (ticket.status !== 'waiting') return fail('not-waiting', notWaitingMessage(ticket, label));
      // A waiting ticket is held by no desk, so whatever the desk holds is someone else.
      const held = ctx.holding?.[0];
      if (held) return err(customerInHand(cmd.desk, held));
      const reason = cmd.outOfTurnReason?.trim();
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a call has passed the desk check above, so deskState is set
      const next = ctx.queue && ctx.deskState ? nextTicketFor(ctx.deskState, ctx.queue) : undefined;
      if (next && next.id !== ticket.id && !reason) {
        return fail('out-of-turn', `${label} is not next in line (${displayNumber(next.number)} is). Give a reason to call it out of turn.`);
      }
      draft = {
        type: 'ticket.called',
        ticketId: ticket.id,
        payload: { desk: cmd.desk, ...(reason && next && next.id !== ticket.id ? { outOfTurnReason: reason } : {}) },
      };
      break;
    }
    case 'recall':
      draft = { type: 'ticket.recalled', ticketId: ticket.id, payload: { desk: cmd.desk } };
      break;
    case 'requeue':
      draft = { type: 'ticket.requeued', ticketId: ticket.id, payload: { desk: cmd.desk } };
      break;
    case 'noShow':
      draft = { type: 'ticket.noShow', ticketId: ticket.id, payload: { desk: cmd.desk } };
      break;
    case 'startServing':
      draft = { type: 'ticket.servingStarted', ticketId: ticket.id, payload: { desk: cmd.desk } };
      break;
    case 'transfer': {
      const to = serviceById(ctx.config, cmd.toServiceId);
      if (!to || !to.active) return fail('unknown-service', 'Choose a service to transfer to.');
      if (to.id === ticket.segments[ticket.segments.length - 1]!.serviceId) return fail('same-service', `${label} is already for ${to.name}.`);
      const standardMinutes = standardFor(to, ticket.priority);
      draft = {
        type: 'ticket.transferred',
        ticketId: ticket.id,
        payload: { desk: cmd.desk, toServiceId: to.id, standardMinutes, ...(cmd.note ? { note: cmd.note } : {}) },
      };
      break;
    }
    case 'complete': {
      const problem = completionProblem(cmd, ctx.config);
      if (problem) return fail('incomplete-outcome', problem);
      draft = {
        type: 'ticket.completed',
        ticketId: ticket.id,
        payload: {
          desk: cmd.desk,
          outcome: cmd.outcome,
          ...(cmd.outcome === 'unresolved' ? { unresolvedReason: cmd.unresolvedReason!.trim() } : {}),
          avoidable: cmd.avoidable ? { reasonId: cmd.avoidable.reasonId, ...(cmd.avoidable.note?.trim() ? { note: cmd.avoidable.note.trim() } : {}) } : null,
          complaint: cmd.complaint
            ? { directorate: cmd.complaint.directorate, ...(cmd.complaint.summary?.trim() ? { summary: cmd.complaint.summary.trim() } : {}) }
            : null,
          ...(cmd.compliment
            ? { compliment: { directorate: cmd.compliment.directorate, ...(cmd.compliment.summary?.trim() ? { summary: cmd.compliment.summary.trim() } : {}) } }
            : {}),
          ...(cmd.note?.trim() ? { note: cmd.note.trim() } : {}),
        },
      };
      break;
    }
    case 'giveFeedback': {
      const desk = ticket.completion?.desk;
      if (!desk) return fail('not-finished', 'Feedback is asked for only after a visit is finished.');
      draft = feedbackDraft(ticket.id, desk, cmd);
      break;
    }
    case 'markLeft':
      draft = { type: 'ticket.left', ticketId: ticket.id, payload: cmd.recordedOn ? { recordedOn: cmd.recordedOn } : {} };
      break;
    case 'cancel':
      if (!cmd.reason.trim()) return fail('reason-required', 'Say why the ticket is being cancelled.');
      draft = {
        type: 'ticket.cancelled',
        ticketId: ticket.id,
        payload: { reason: cmd.reason.trim(), ...(cmd.recordedOn ? { recordedOn: cmd.recordedOn } : {}) },
      };
      break;
  }
  return checked(ticket, draft, label);
}

function decideIssue(existing: Ticket | undefined, cmd: Extract<Command, { type: 'issue' }>, ctx: DecideContext): Result<Draft[], DomainError> {
  if (existing) return fail('duplicate', 'That ticket was already issued.');
  if (ctx.day?.closed) return err(dayClosed(ctx.day));
  const service = serviceById(ctx.config, cmd.serviceId);
  if (!service || !service.active) return fail('unknown-service', 'Choose the service the customer needs.');
  const name = cmd.name?.trim();
  return ok([
    {
      type: 'ticket.issued',
      ticketId: cmd.ticketId,
      payload: {
        number: cmd.number,
        serviceId: service.id,
        day: cmd.day,
        needs: canonicalNeeds(cmd.needs),
        priority: cmd.priority,
        standardMinutes: standardFor(service, cmd.priority),
        ...(cmd.priority ? { ordinaryStandardMinutes: service.standardMinutes } : {}),
        ...(name ? { name } : {}),
        ...(cmd.issuedOn ? { issuedOn: cmd.issuedOn } : {}),
      },
    },
  ]);
}

/** Runs the draft through apply, so decide never emits what the fold would refuse. */
function checked(ticket: Ticket, draft: Draft, label: string): Result<Draft[], DomainError> {
  const probe = applyEvent(ticket, { ...draft, id: '', siteId: ticket.siteId, deviceId: '', deviceSeq: 1, hlc: '', at: 0, v: 1 } as Parameters<
    typeof applyEvent
  >[1]);
  if (probe.ok) return ok([draft]);
  // Stryker disable next-line Regex: without ^ the first match is still the first character
  const sentence = `${label}: ${probe.error.reason}.`.replace(/^(.)/, (c) => c.toUpperCase());
  return fail('not-allowed', sentence);
}

/** A skip, or the answers given: a customer who answered neither question skipped. */
function feedbackDraft(ticketId: string, desk: string, cmd: Extract<Command, { type: 'giveFeedback' }>): Draft {
  const on = cmd.givenOn ? { givenOn: cmd.givenOn } : {};
  const a = cmd.answer;
  if (a === 'skipped' || (a.satisfaction === null && a.recommend === null)) return { type: 'ticket.feedbackSkipped', ticketId, payload: { desk, ...on } };
  const comment = a.comment?.trim();
  return {
    type: 'ticket.feedbackGiven',
    ticketId,
    payload: { desk, satisfaction: a.satisfaction, recommend: a.recommend, ...(comment ? { comment } : {}), ...on },
  };
}

/** Why a ticket that is not waiting cannot be called: it is at a desk, or closed. */
function notWaitingMessage(t: Ticket, label: string): string {
  if (t.status === 'called' || t.status === 'serving') return `${label} has already been called to desk ${t.desk}.`;
  return `${label} is closed (${t.status === 'noShow' ? 'no-show' : t.status}).`;
}

function completionProblem(cmd: Extract<Command, { type: 'complete' }>, config: SiteConfig): string | null {
  if (cmd.outcome === 'unresolved' && !cmd.unresolvedReason?.trim()) return 'Say why it could not be resolved.';
  if (cmd.avoidable) {
    const reason = config.ni14Reasons.find((r) => r.id === cmd.avoidable!.reasonId);
    if (!reason) return 'Choose why the contact was avoidable.';
    if (reason.needsNote && !cmd.avoidable.note?.trim()) return `Add a note for “${reason.label}”.`;
  }
  if (cmd.complaint && !config.directorates.includes(cmd.complaint.directorate)) return 'Choose the directorate the complaint is about.';
  if (cmd.compliment && !config.directorates.includes(cmd.compliment.directorate)) return 'Choose the directorate the compliment is about.';
  return null;
}
