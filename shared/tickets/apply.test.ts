import { describe, expect, it } from 'vitest';
import type { TicketEvent } from '../events/schema';
import { DAY, at } from '../testing/scenario';
import { ISSUED, TICKET_ID, applied, ticketEvent, ticketStates } from '../testing/ticket-states';
import { applyEvent } from './apply';
import type { Ticket } from './state';

/**
 * applyEvent on its own, state by state: what each event does to a ticket
 * waiting, called, being served or closed in each way, and the exact words
 * of each refusal (what a desk that lost a race is told).
 */
const ID = TICKET_ID;
const ev = ticketEvent;
const issued = ISSUED;
const must = applied;
const call = (desk: string, hlc = '0200') => ev('ticket.called', { desk }, hlc, 2);
const STATES: Record<string, Ticket> = ticketStates();
const { W, C1, S1, DONE } = ticketStates();

const outcome = (t: Ticket, e: TicketEvent): string => {
  const r = applyEvent(t, e);
  if (r.ok) return `ok: ${r.value.status}${r.value.desk ? ` at ${r.value.desk}` : ''}`;
  return `no: ${r.error.reason}${r.error.winnerDesk ? ` (desk ${r.error.winnerDesk} has it)` : ''}`;
};

const E = {
  'called by desk 2': call('2', '0900'),
  'recalled by desk 1': ev('ticket.recalled', { desk: '1' }, '0900'),
  'recalled by desk 2': ev('ticket.recalled', { desk: '2' }, '0900'),
  'requeued by desk 1': ev('ticket.requeued', { desk: '1' }, '0900'),
  'requeued by desk 2': ev('ticket.requeued', { desk: '2' }, '0900'),
  'no-show at desk 1': ev('ticket.noShow', { desk: '1' }, '0900'),
  'no-show at desk 2': ev('ticket.noShow', { desk: '2' }, '0900'),
  'served at desk 1': ev('ticket.servingStarted', { desk: '1' }, '0900'),
  'served at desk 2': ev('ticket.servingStarted', { desk: '2' }, '0900'),
  'transferred by desk 1': ev('ticket.transferred', { desk: '1', toServiceId: 'housing', standardMinutes: 15 }, '0900'),
  'transferred by desk 2': ev('ticket.transferred', { desk: '2', toServiceId: 'housing', standardMinutes: 15 }, '0900'),
  'completed at desk 1': ev('ticket.completed', { desk: '1', outcome: 'resolved', avoidable: null, complaint: null }, '0900'),
  'completed at desk 2': ev('ticket.completed', { desk: '2', outcome: 'resolved', avoidable: null, complaint: null }, '0900'),
  left: ev('ticket.left', {}, '0900'),
  'unseen at close': ev('ticket.unseenAtClose', { day: DAY }, '0900'),
  cancelled: ev('ticket.cancelled', { reason: 'issued in error' }, '0900'),
} as const;

const TERMINAL = {
  DONE: 'no: the ticket has already been completed',
  NOSHOW: 'no: the ticket was closed as a no-show',
  LEFT: 'no: the ticket left without being seen',
  CANC: 'no: the ticket was cancelled',
  UNSEEN: 'no: the ticket was closed at the end of the day',
};
const withDesk1 = (s: string) => `${s} (desk 1 has it)`;

const EXPECTED: Record<keyof typeof E, Record<keyof typeof STATES, string>> = {
  'called by desk 2': {
    W: 'ok: called at 2',
    C1: withDesk1('no: the ticket is already with desk 1'),
    S1: withDesk1('no: the ticket is already with desk 1'),
    ...TERMINAL,
  },
  'recalled by desk 1': {
    W: 'no: only the desk that called the ticket can recall it',
    C1: 'ok: called at 1',
    S1: withDesk1('no: only the desk that called the ticket can recall it'),
    DONE: withDesk1(TERMINAL.DONE),
    NOSHOW: withDesk1(TERMINAL.NOSHOW),
    LEFT: TERMINAL.LEFT,
    CANC: TERMINAL.CANC,
    UNSEEN: TERMINAL.UNSEEN,
  },
  'recalled by desk 2': {
    W: 'no: only the desk that called the ticket can recall it',
    C1: withDesk1('no: only the desk that called the ticket can recall it'),
    S1: withDesk1('no: only the desk that called the ticket can recall it'),
    DONE: withDesk1(TERMINAL.DONE),
    NOSHOW: withDesk1(TERMINAL.NOSHOW),
    LEFT: TERMINAL.LEFT,
    CANC: TERMINAL.CANC,
    UNSEEN: TERMINAL.UNSEEN,
  },
  ...(() => {
    const requeue = 'no: only a ticket called to this desk can go back to the queue';
    const noShow = 'no: only a ticket called to this desk can be closed as a no-show';
    const row = (msg: string, ok: string | null) => ({
      W: msg,
      C1: ok ?? withDesk1(msg),
      S1: withDesk1(msg),
      DONE: withDesk1(msg),
      NOSHOW: withDesk1(msg),
      LEFT: msg,
      CANC: msg,
      UNSEEN: msg,
    });
    return {
      'requeued by desk 1': row(requeue, 'ok: waiting'),
      'requeued by desk 2': row(requeue, null),
      'no-show at desk 1': row(noShow, 'ok: noShow at 1'),
      'no-show at desk 2': row(noShow, null),
    };
  })(),
  ...(() => {
    const serve = 'no: only the desk that called the ticket can serve it';
    const row = (ok: string | null) => ({
      W: 'no: the ticket has not been called',
      C1: ok ?? withDesk1(serve),
      S1: withDesk1(serve),
      DONE: withDesk1(serve),
      NOSHOW: withDesk1(serve),
      LEFT: `no: ${serve.slice(4)}`,
      CANC: `no: ${serve.slice(4)}`,
      UNSEEN: `no: ${serve.slice(4)}`,
    });
    return { 'served at desk 1': row('ok: serving at 1'), 'served at desk 2': row(null) };
  })(),
  ...(() => {
    const transfer = 'no: only the desk serving the ticket can transfer it';
    const finish = 'no: only the desk serving the ticket can finish it';
    const row = (msg: string, ok: string | null, done = withDesk1(msg)) => ({
      W: msg,
      C1: withDesk1(msg),
      S1: ok ?? withDesk1(msg),
      DONE: done,
      NOSHOW: withDesk1(msg),
      LEFT: msg,
      CANC: msg,
      UNSEEN: msg,
    });
    return {
      'transferred by desk 1': row(transfer, 'ok: waiting'),
      'transferred by desk 2': row(transfer, null),
      'completed at desk 1': row(finish, 'ok: completed at 1', withDesk1(TERMINAL.DONE)),
      'completed at desk 2': row(finish, null, withDesk1(TERMINAL.DONE)),
    };
  })(),
  left: { W: 'ok: left', C1: 'ok: left', S1: 'no: a customer being served has not left', ...TERMINAL },
  'unseen at close': { W: 'ok: unseenAtClose', C1: 'ok: unseenAtClose', S1: 'no: a customer being served is not unseen', ...TERMINAL },
  cancelled: { W: 'ok: cancelled', C1: 'ok: cancelled', S1: 'ok: cancelled', ...TERMINAL },
};

describe('applying each event to a ticket in each state', () => {
  for (const [name, event] of Object.entries(E) as [keyof typeof E, TicketEvent][]) {
    it(name, () => {
      const got = Object.fromEntries(Object.entries(STATES).map(([state, t]) => [state, outcome(t, event)]));
      expect(got).toEqual(EXPECTED[name]);
    });
  }
});

describe('what an accepted event records', () => {
  it('an issue: one segment at the issue time, waiting, nobody’s yet, and no second issue', () => {
    expect(W).toMatchObject({
      id: ID,
      number: 'C001',
      status: 'waiting',
      issuedAt: at(0),
      issuedHlc: '0100',
      issuedBy: 'pc-1',
      name: 'Jo',
      timingInaccurate: false,
      conflicts: [],
      lastHlc: '0100',
      eventCount: 1,
    });
    expect(W.segments).toEqual([
      {
        serviceId: 'council-tax',
        standardMinutes: 10,
        queuedAt: at(0),
        calls: [],
        answeredCall: undefined,
        servingStartedAt: undefined,
        servingDesk: undefined,
      },
    ]);
    expect(applyEvent(W, issued)).toEqual({ ok: false, error: { reason: 'the ticket was already issued' } });
    expect(applyEvent(undefined, call('1'))).toEqual({ ok: false, error: { reason: 'the ticket has not been issued' } });
  });

  it('calls and recalls: each call is kept, a recall marked so, the reason for an out-of-turn call with it', () => {
    const out = must(W, ev('ticket.called', { desk: '1', outOfTurnReason: 'appointment' }, '0200', 2));
    const recalled = must(out, ev('ticket.recalled', { desk: '1' }, '0250', 5));
    expect(recalled.segments[0]!.calls).toEqual([
      { at: at(2), hlc: '0200', desk: '1', deviceId: 'pc-1', recall: false, outOfTurnReason: 'appointment' },
      { at: at(5), hlc: '0250', desk: '1', deviceId: 'pc-1', recall: true, outOfTurnReason: undefined },
    ]);
    const served = must(recalled, ev('ticket.servingStarted', { desk: '1' }, '0300', 6));
    expect(served.segments[0]!.answeredCall).toEqual(recalled.segments[0]!.calls[1]);
    expect(served.segments[0]).toMatchObject({ servingStartedAt: at(6), servingDesk: '1' });
  });

  it('a transfer opens a new segment with the new service’s standard from the transfer, and frees the desk', () => {
    const t = must(S1, ev('ticket.transferred', { desk: '1', toServiceId: 'housing', standardMinutes: 15 }, '0350', 7));
    expect(t).toMatchObject({ status: 'waiting', desk: undefined, lastHlc: '0350', eventCount: 4 });
    expect(t.segments[1]).toEqual({
      serviceId: 'housing',
      standardMinutes: 15,
      queuedAt: at(7),
      calls: [],
      answeredCall: undefined,
      servingStartedAt: undefined,
      servingDesk: undefined,
    });
    expect(t.segments[0]).toEqual(S1.segments[0]);
  });

  it('a completion, a walk-out, a cancellation and a close say when and why', () => {
    expect(DONE).toMatchObject({
      status: 'completed',
      closedAt: at(4),
      completion: { at: at(4), desk: '1', outcome: 'resolved', avoidable: null, complaint: null },
    });
    expect(STATES['LEFT']).toMatchObject({ status: 'left', closedAt: at(3), desk: undefined });
    expect(STATES['CANC']).toMatchObject({ status: 'cancelled', closedAt: at(3), cancelReason: 'issued in error', desk: undefined });
    expect(STATES['UNSEEN']).toMatchObject({ status: 'unseenAtClose', closedAt: at(3), desk: undefined });
    expect(STATES['NOSHOW']).toMatchObject({ status: 'noShow', closedAt: at(3), desk: '1' });
  });

  it('a timing flag changes only what it says, on any ticket', () => {
    const flagged = must(DONE, ev('ticket.timingFlagged', { reason: 'clock', offsetMs: 90_000 }, '0500'));
    expect(flagged).toEqual({ ...DONE, timingInaccurate: true, lastHlc: '0500', eventCount: DONE.eventCount + 1 });
  });

  it('the newest stamp is kept however events arrive; every event is counted', () => {
    const late = must(C1, ev('ticket.recalled', { desk: '1' }, '0150', 3));
    expect([late.lastHlc, late.eventCount]).toEqual(['0200', 3]);
    const same = must(C1, ev('ticket.recalled', { desk: '1' }, '0200', 3));
    expect([same.lastHlc, same.eventCount]).toEqual(['0200', 3]);
    const transferredLate = must(S1, ev('ticket.transferred', { desk: '1', toServiceId: 'housing', standardMinutes: 15 }, '0250', 7));
    expect([transferredLate.lastHlc, transferredLate.eventCount]).toEqual(['0300', 4]);
  });
});
