import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG } from '../config/site-config';
import type { DeskState } from '../desks/desk';
import { NO_NEEDS } from '../events/schema';
import { ALL_SKILLS, DAY } from '../testing/scenario';
import { TICKET_ID, ticketStates } from '../testing/ticket-states';
import { decide } from './decide';
import type { Command, DecideContext } from './decide';

/** decide on its own: each refusal's code and words, and exactly what each accepted command drafts. */
const S = ticketStates();
const desk = (n: string, status: DeskState['status'] = 'open'): DeskState => ({
  desk: n,
  deviceId: 'pc-1',
  status,
  services: ['council-tax', 'housing'],
  skills: ALL_SKILLS,
  since: 0,
  lastHlc: '',
});
const ctx = (d?: DeskState, extra: Partial<DecideContext> = {}): DecideContext => ({ config: DEFAULT_SITE_CONFIG, ...(d ? { deskState: d } : {}), ...extra });
const id = TICKET_ID;
const complete = (extra: Partial<Extract<Command, { type: 'complete' }>> = {}): Command => ({
  type: 'complete',
  ticketId: id,
  desk: '1',
  outcome: 'resolved',
  avoidable: null,
  complaint: null,
  ...extra,
});

describe('refusals', () => {
  it.each<[string, Parameters<typeof decide>[0], Command, DecideContext, string, string]>([
    ['an unknown ticket', undefined, { type: 'recall', ticketId: id, desk: '1' }, ctx(desk('1')), 'unknown-ticket', 'That ticket is not in this PC’s records.'],
    ['a desk not signed on', S.W, { type: 'call', ticketId: id, desk: '1' }, ctx(), 'desk-not-signed-on', 'Sign on at desk 1 first.'],
    ['another desk’s session', S.W, { type: 'call', ticketId: id, desk: '1' }, ctx(desk('2')), 'desk-not-signed-on', 'Sign on at desk 1 first.'],
    ['a closed desk', S.W, { type: 'call', ticketId: id, desk: '1' }, ctx(desk('1', 'closed')), 'desk-not-signed-on', 'Sign on at desk 1 first.'],
    [
      'a paused desk calling',
      S.W,
      { type: 'call', ticketId: id, desk: '1' },
      ctx(desk('1', 'paused')),
      'desk-paused',
      'Desk 1 is paused. Resume it to call customers.',
    ],
    [
      'calling a ticket already at a desk',
      S.C1,
      { type: 'call', ticketId: id, desk: '2' },
      ctx(desk('2')),
      'not-waiting',
      'C 001 has already been called to desk 1.',
    ],
    [
      'calling a ticket being served',
      S.S1,
      { type: 'call', ticketId: id, desk: '2' },
      ctx(desk('2')),
      'not-waiting',
      'C 001 has already been called to desk 1.',
    ],
    ['calling a no-show', S.NOSHOW, { type: 'call', ticketId: id, desk: '2' }, ctx(desk('2')), 'not-waiting', 'C 001 is closed (no-show).'],
    ['calling a cancelled ticket', S.CANC, { type: 'call', ticketId: id, desk: '2' }, ctx(desk('2')), 'not-waiting', 'C 001 is closed (cancelled).'],
    [
      'transferring to no such service',
      S.S1,
      { type: 'transfer', ticketId: id, desk: '1', toServiceId: 'nothing' },
      ctx(desk('1')),
      'unknown-service',
      'Choose a service to transfer to.',
    ],
    [
      'transferring to the same service',
      S.S1,
      { type: 'transfer', ticketId: id, desk: '1', toServiceId: 'council-tax' },
      ctx(desk('1')),
      'same-service',
      'C 001 is already for Council Tax.',
    ],
    [
      'an unresolved outcome with no reason',
      S.S1,
      complete({ outcome: 'unresolved', unresolvedReason: '  ' }),
      ctx(desk('1')),
      'incomplete-outcome',
      'Say why it could not be resolved.',
    ],
    [
      'an avoidable contact with no known reason',
      S.S1,
      complete({ avoidable: { reasonId: 'nope' } }),
      ctx(desk('1')),
      'incomplete-outcome',
      'Choose why the contact was avoidable.',
    ],
    ['“other” with no note', S.S1, complete({ avoidable: { reasonId: 'other', note: ' ' } }), ctx(desk('1')), 'incomplete-outcome', 'Add a note for “Other”.'],
    [
      'a complaint to no directorate',
      S.S1,
      complete({ complaint: { directorate: 'Nowhere' } }),
      ctx(desk('1')),
      'incomplete-outcome',
      'Choose the directorate the complaint is about.',
    ],
    ['a cancellation with no reason', S.W, { type: 'cancel', ticketId: id, reason: '   ' }, ctx(), 'reason-required', 'Say why the ticket is being cancelled.'],
    [
      'what the fold would refuse',
      S.W,
      { type: 'recall', ticketId: id, desk: '1' },
      ctx(desk('1')),
      'not-allowed',
      'C 001: only the desk that called the ticket can recall it.',
    ],
    ['a walk-out of a customer being served', S.S1, { type: 'markLeft', ticketId: id }, ctx(), 'not-allowed', 'C 001: a customer being served has not left.'],
    [
      'issuing a ticket twice',
      S.W,
      { type: 'issue', ticketId: id, serviceId: 'council-tax', number: 'C001', day: DAY, needs: NO_NEEDS, priority: false },
      ctx(),
      'duplicate',
      'That ticket was already issued.',
    ],
    [
      'issuing for no such service',
      undefined,
      { type: 'issue', ticketId: id, serviceId: 'nothing', number: 'C001', day: DAY, needs: NO_NEEDS, priority: false },
      ctx(),
      'unknown-service',
      'Choose the service the customer needs.',
    ],
  ])('%s', (_name, ticket, cmd, context, code, message) => {
    expect(decide(ticket, cmd, context)).toEqual({ ok: false, error: { code, message } });
  });

  it('a paused desk may not call, but finishes the customer it has', () => {
    expect(decide(S.C1, { type: 'startServing', ticketId: id, desk: '1' }, ctx(desk('1', 'paused')))).toMatchObject({ ok: true });
    expect(decide(S.S1, complete(), ctx(desk('1', 'paused')))).toMatchObject({ ok: true });
  });

  it('refuses issue and transfer to a service switched off', () => {
    const off = { ...DEFAULT_SITE_CONFIG, services: DEFAULT_SITE_CONFIG.services.map((x) => (x.id === 'housing' ? { ...x, active: false } : x)) };
    expect(
      decide(undefined, { type: 'issue', ticketId: id, serviceId: 'housing', number: 'H001', day: DAY, needs: NO_NEEDS, priority: false }, { config: off }),
    ).toMatchObject({ ok: false, error: { code: 'unknown-service' } });
    expect(decide(S.S1, { type: 'transfer', ticketId: id, desk: '1', toServiceId: 'housing' }, { config: off, deskState: desk('1') })).toMatchObject({
      ok: false,
      error: { code: 'unknown-service' },
    });
  });
});

describe('what is drafted', () => {
  it('an issue: the service’s standard (priority’s for priority, with the ordinary one beside it for the headline), and a name only when one was given', () => {
    const issue = (extra: Partial<Extract<Command, { type: 'issue' }>>) =>
      decide(undefined, { type: 'issue', ticketId: id, serviceId: 'housing', number: 'H001', day: DAY, needs: NO_NEEDS, priority: false, ...extra }, ctx());
    expect(issue({ name: '  Jo Bloggs ' })).toEqual({
      ok: true,
      value: [
        {
          type: 'ticket.issued',
          ticketId: id,
          payload: { number: 'H001', serviceId: 'housing', day: DAY, needs: NO_NEEDS, priority: false, standardMinutes: 10, name: 'Jo Bloggs' },
        },
      ],
    });
    expect(issue({ name: '   ', priority: true })).toEqual({
      ok: true,
      value: [
        {
          type: 'ticket.issued',
          ticketId: id,
          payload: { number: 'H001', serviceId: 'housing', day: DAY, needs: NO_NEEDS, priority: true, standardMinutes: 5, ordinaryStandardMinutes: 10 },
        },
      ],
    });
  });

  it('a call: the reason for an out-of-turn call is kept, trimmed; a reason for the next in line is dropped', () => {
    const other = {
      ...S.W,
      id: 'earlier',
      number: 'C009',
      issuedAt: S.W.issuedAt - 60_000,
      segments: [{ ...S.W.segments[0]!, queuedAt: S.W.issuedAt - 60_000 }],
    };
    const withQueue = ctx(desk('1'), { queue: [S.W, other] });
    expect(decide(S.W, { type: 'call', ticketId: id, desk: '1' }, withQueue)).toEqual({
      ok: false,
      error: { code: 'out-of-turn', message: 'C 001 is not next in line (C 009 is). Give a reason to call it out of turn.' },
    });
    expect(decide(S.W, { type: 'call', ticketId: id, desk: '1', outOfTurnReason: '  booked appointment ' }, withQueue)).toEqual({
      ok: true,
      value: [{ type: 'ticket.called', ticketId: id, payload: { desk: '1', outOfTurnReason: 'booked appointment' } }],
    });
    expect(decide(S.W, { type: 'call', ticketId: id, desk: '1', outOfTurnReason: 'no need' }, ctx(desk('1'), { queue: [S.W] }))).toEqual({
      ok: true,
      value: [{ type: 'ticket.called', ticketId: id, payload: { desk: '1' } }],
    });
    // With no queue to compare against (a command from a screen that passed none), no reason is recorded.
    expect(decide(S.W, { type: 'call', ticketId: id, desk: '1', outOfTurnReason: 'x' }, ctx(desk('1')))).toEqual({
      ok: true,
      value: [{ type: 'ticket.called', ticketId: id, payload: { desk: '1' } }],
    });
    expect(decide(S.W, { type: 'call', ticketId: id, desk: '1', outOfTurnReason: 'x' }, ctx(undefined, { queue: [S.W, other] }))).toMatchObject({
      ok: false,
      error: { code: 'desk-not-signed-on' },
    });
  });

  it('a completion: reasons, notes and summaries trimmed, blank ones left out', () => {
    expect(
      decide(
        S.S1,
        complete({
          outcome: 'unresolved',
          unresolvedReason: ' system down ',
          avoidable: { reasonId: 'other', note: ' asked twice ' },
          complaint: { directorate: 'Housing', summary: ' no reply ' },
          note: ' called back ',
        }),
        ctx(desk('1')),
      ),
    ).toEqual({
      ok: true,
      value: [
        {
          type: 'ticket.completed',
          ticketId: id,
          payload: {
            desk: '1',
            outcome: 'unresolved',
            unresolvedReason: 'system down',
            avoidable: { reasonId: 'other', note: 'asked twice' },
            complaint: { directorate: 'Housing', summary: 'no reply' },
            note: 'called back',
          },
        },
      ],
    });
    expect(
      decide(
        S.S1,
        complete({ avoidable: { reasonId: 'repeat', note: '  ' }, complaint: { directorate: 'Housing', summary: ' ' }, note: '  ' }),
        ctx(desk('1')),
      ),
    ).toEqual({
      ok: true,
      value: [
        {
          type: 'ticket.completed',
          ticketId: id,
          payload: { desk: '1', outcome: 'resolved', avoidable: { reasonId: 'repeat' }, complaint: { directorate: 'Housing' } },
        },
      ],
    });
  });

  it('a transfer takes the new service’s standard, a cancellation its trimmed reason', () => {
    expect(decide(S.S1, { type: 'transfer', ticketId: id, desk: '1', toServiceId: 'housing', note: 'rent arrears' }, ctx(desk('1')))).toEqual({
      ok: true,
      value: [{ type: 'ticket.transferred', ticketId: id, payload: { desk: '1', toServiceId: 'housing', standardMinutes: 10, note: 'rent arrears' } }],
    });
    expect(decide({ ...S.S1, priority: true }, { type: 'transfer', ticketId: id, desk: '1', toServiceId: 'housing' }, ctx(desk('1')))).toEqual({
      ok: true,
      value: [{ type: 'ticket.transferred', ticketId: id, payload: { desk: '1', toServiceId: 'housing', standardMinutes: 5 } }],
    });
    expect(decide(S.W, { type: 'cancel', ticketId: id, reason: ' issued in error ' }, ctx())).toEqual({
      ok: true,
      value: [{ type: 'ticket.cancelled', ticketId: id, payload: { reason: 'issued in error' } }],
    });
    expect(decide(S.W, { type: 'markLeft', ticketId: id }, ctx())).toEqual({ ok: true, value: [{ type: 'ticket.left', ticketId: id, payload: {} }] });
  });
});
