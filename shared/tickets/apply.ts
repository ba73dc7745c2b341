import { err, ok } from '../core/result';
import type { Result } from '../core/result';
import type { TicketEvent } from '../events/schema';
import { currentSegment, laterHlc } from './state';
import type { Call, Segment, Ticket, TicketStatus } from './state';

/**
 * apply(ticket, event): the next state, or a reason the event does not fit.
 *
 * The rules are the ticket's life: waiting → called → serving → completed,
 * with recall, requeue, no-show, transfer, walk-out and cancel on the way.
 * Only the desk holding a ticket may act on it. A refusal here is not a
 * crash: when events from PCs that were offline are merged, the fold keeps
 * the refused event as a Conflict (see fold.ts) so the losing desk is told.
 */
export interface ApplyRefusal {
  reason: string;
  winnerDesk?: string;
}

const TERMINAL_MESSAGE: Partial<Record<TicketStatus, string>> = {
  completed: 'has already been completed',
  noShow: 'was closed as a no-show',
  left: 'left without being seen',
  cancelled: 'was cancelled',
  unseenAtClose: 'was closed at the end of the day',
};

function newSegment(serviceId: string, standardMinutes: number, queuedAt: number): Segment {
  return {
    serviceId,
    standardMinutes,
    queuedAt,
    calls: [],
    answeredCall: undefined,
    servingStartedAt: undefined,
    servingDesk: undefined,
    transferNote: undefined,
  };
}

export function applyEvent(t: Ticket | undefined, e: TicketEvent): Result<Ticket, ApplyRefusal> {
  if (e.type === 'ticket.issued') {
    if (t) return err({ reason: 'the ticket was already issued' });
    const p = e.payload;
    // Every ticket, segment and call is built with the same keys in the same order (absent
    // values as undefined): one object shape keeps the figures' loops fast over 100k tickets.
    return ok({
      id: e.ticketId!,
      siteId: e.siteId,
      number: p.number,
      day: p.day,
      needs: p.needs,
      priority: p.priority,
      ordinaryStandardMinutes: p.ordinaryStandardMinutes,
      name: p.name,
      issuedAt: e.at,
      issuedHlc: e.hlc,
      issuedBy: e.deviceId,
      issuedOn: p.issuedOn,
      status: 'waiting',
      segments: [newSegment(p.serviceId, p.standardMinutes, e.at)],
      desk: undefined,
      closedAt: undefined,
      completion: undefined,
      feedback: undefined,
      cancelReason: undefined,
      timingInaccurate: false,
      conflicts: [],
      lastHlc: e.hlc,
      eventCount: 1,
    });
  }
  if (!t) return err({ reason: 'the ticket has not been issued' });

  const refuse = (reason: string, winnerDesk?: string) => err<ApplyRefusal>({ reason, ...(winnerDesk ? { winnerDesk } : {}) });
  const next = (patch: Partial<Ticket>, segPatch?: Partial<Segment>): Result<Ticket, ApplyRefusal> => {
    const segments = segPatch ? [...t.segments.slice(0, -1), { ...currentSegment(t), ...segPatch }] : t.segments;
    return ok({ ...t, ...patch, segments, lastHlc: laterHlc(e.hlc, t.lastHlc), eventCount: t.eventCount + 1 });
  };
  /** A moment the figures read, stamped by this event's PC. */
  const stamped = (): Pick<Ticket, 'stampedBy'> => ({ stampedBy: [...(t.stampedBy ?? []), { deviceId: e.deviceId, at: e.at }] });
  const terminal = TERMINAL_MESSAGE[t.status];
  const seg = currentSegment(t);

  switch (e.type) {
    case 'ticket.called': {
      if (terminal) return refuse(`the ticket ${terminal}`);
      if (t.status !== 'waiting') return refuse(`the ticket is already with desk ${t.desk}`, t.desk);
      const call: Call = { at: e.at, hlc: e.hlc, desk: e.payload.desk, deviceId: e.deviceId, recall: false, outOfTurnReason: e.payload.outOfTurnReason };
      return next({ status: 'called', desk: e.payload.desk }, { calls: [...seg.calls, call] });
    }
    case 'ticket.recalled': {
      if (t.status !== 'called' || t.desk !== e.payload.desk)
        return refuse(terminal ? `the ticket ${terminal}` : `only the desk that called the ticket can recall it`, t.desk);
      const call: Call = { at: e.at, hlc: e.hlc, desk: e.payload.desk, deviceId: e.deviceId, recall: true, outOfTurnReason: undefined };
      return next({}, { calls: [...seg.calls, call] });
    }
    case 'ticket.requeued': {
      if (t.status !== 'called' || t.desk !== e.payload.desk) return refuse('only a ticket called to this desk can go back to the queue', t.desk);
      return next({ status: 'waiting', desk: undefined });
    }
    case 'ticket.noShow': {
      if (t.status !== 'called' || t.desk !== e.payload.desk) return refuse('only a ticket called to this desk can be closed as a no-show', t.desk);
      return next({ status: 'noShow', closedAt: e.at, ...stamped() });
    }
    case 'ticket.servingStarted': {
      if (t.status !== 'called' || t.desk !== e.payload.desk)
        return refuse(t.status === 'waiting' ? 'the ticket has not been called' : 'only the desk that called the ticket can serve it', t.desk);
      return next({ status: 'serving', ...stamped() }, { answeredCall: seg.calls[seg.calls.length - 1]!, servingStartedAt: e.at, servingDesk: e.payload.desk });
    }
    case 'ticket.transferred': {
      if (t.status !== 'serving' || t.desk !== e.payload.desk) return refuse('only the desk serving the ticket can transfer it', t.desk);
      const nextSeg = { ...newSegment(e.payload.toServiceId, e.payload.standardMinutes, e.at), transferNote: e.payload.note };
      return ok({
        ...t,
        status: 'waiting',
        desk: undefined,
        segments: [...t.segments, nextSeg],
        ...stamped(),
        lastHlc: laterHlc(e.hlc, t.lastHlc),
        eventCount: t.eventCount + 1,
      });
    }
    case 'ticket.completed': {
      if (t.status !== 'serving' || t.desk !== e.payload.desk)
        return refuse(t.status === 'completed' ? 'the ticket has already been completed' : 'only the desk serving the ticket can finish it', t.desk);
      const p = e.payload;
      return next({
        status: 'completed',
        closedAt: e.at,
        ...stamped(),
        completion: {
          at: e.at,
          desk: p.desk,
          outcome: p.outcome,
          unresolvedReason: p.unresolvedReason,
          avoidable: p.avoidable,
          complaint: p.complaint,
          compliment: p.compliment ?? null,
          note: p.note,
        },
      });
    }
    case 'ticket.left': {
      if (t.status !== 'waiting' && t.status !== 'called') return refuse(terminal ? `the ticket ${terminal}` : 'a customer being served has not left');
      return next({ status: 'left', closedAt: e.at, desk: undefined, ...stamped() });
    }
    case 'ticket.unseenAtClose': {
      if (t.status !== 'waiting' && t.status !== 'called') return refuse(terminal ? `the ticket ${terminal}` : 'a customer being served is not unseen');
      return next({ status: 'unseenAtClose', closedAt: e.at, desk: undefined, ...stamped() });
    }
    case 'ticket.cancelled': {
      if (terminal) return refuse(`the ticket ${terminal}`);
      return next({ status: 'cancelled', closedAt: e.at, cancelReason: e.payload.reason, desk: undefined });
    }
    case 'ticket.feedbackGiven':
    case 'ticket.feedbackSkipped': {
      // Asked only after a visit, once: a second answer (a double tap, two screens) is kept as a conflict.
      if (t.status !== 'completed') return refuse('feedback is asked for only after a visit is finished');
      if (t.feedback) return refuse('feedback was already given for this visit');
      const p = e.payload;
      const given = e.type === 'ticket.feedbackGiven' ? e.payload : undefined;
      return next({
        feedback: {
          at: e.at,
          desk: p.desk,
          skipped: !given,
          satisfaction: given?.satisfaction ?? null,
          recommend: given?.recommend ?? null,
          ...(given?.comment ? { comment: given.comment } : {}),
        },
      });
    }
    case 'ticket.timingFlagged':
      return next({ timingInaccurate: true });
  }
}
