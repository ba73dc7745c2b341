import { describe, expect, it } from 'vitest';
import type { TicketEvent } from '../events/schema';
import { NO_NEEDS } from '../events/schema';
import { DAY, at, site } from '../testing/scenario';
import { closeDayDrafts, isOpenTransferWait } from './close-day';
import { compareEvents, foldAll, foldTicket } from './fold';
import { ticketNumber } from './numbers';
import { isOpen } from './state';
import type { TicketStatus } from './state';
import { timingFlagDrafts } from './timing-flags';

const ID = '019a0000-0000-7000-8000-000000000001';
const base = { siteId: 'test-site', deviceId: 'pc-1', v: 1 as const, ticketId: ID };
const issued = (hlc: string, id = 'e1'): TicketEvent =>
  ({
    ...base,
    id,
    deviceSeq: 1,
    hlc,
    at: at(0),
    type: 'ticket.issued',
    payload: { number: 'C001', serviceId: 'council-tax', day: DAY, needs: NO_NEEDS, priority: false, standardMinutes: 10 },
  }) as TicketEvent;
const called = (hlc: string, id: string, desk: string, minute: number): TicketEvent =>
  ({ ...base, id, deviceSeq: 2, hlc, at: at(minute), type: 'ticket.called', payload: { desk } }) as TicketEvent;

describe('event order', () => {
  it.each([
    [{ hlc: 'a', id: '2' }, { hlc: 'b', id: '1' }, -1],
    [{ hlc: 'b', id: '1' }, { hlc: 'a', id: '2' }, 1],
    [{ hlc: 'a', id: '1' }, { hlc: 'a', id: '2' }, -1],
    [{ hlc: 'a', id: '2' }, { hlc: 'a', id: '1' }, 1],
    [{ hlc: 'a', id: '1' }, { hlc: 'a', id: '1' }, 0],
  ])('%j against %j: %i', (a, b, expected) => {
    expect(compareEvents(a, b)).toBe(expected);
  });
});

describe('folding at the edges', () => {
  it('an event stamped before the ticket’s issue is kept as a conflict, and the stamps still move forward', () => {
    const t = foldTicket([called('0001', 'e0', '2', 1), issued('0002'), called('0003', 'e2', '1', 2), called('0004', 'e3', '3', 3)])!;
    expect(t.status).toBe('called');
    expect(t.desk).toBe('1');
    expect(t.conflicts.map((c) => [c.eventId, c.reason])).toEqual([
      ['e3', expect.stringMatching(/already with desk 1/)],
      ['e0', 'recorded before the ticket was issued'],
    ]);
    expect(t.lastHlc).toBe('0004');
    expect(t.eventCount).toBe(4);
  });

  it('events with no issue make no ticket, alone or in a log', () => {
    expect(foldTicket([called('0003', 'e2', '1', 2)])).toBeUndefined();
    const all = foldAll([called('0003', 'e2', '1', 2)]);
    expect(all.size).toBe(0);
    expect(foldAll([issued('0002'), called('0003', 'e2', '1', 2)]).get(ID)?.status).toBe('called');
  });
});

describe('closing the day', () => {
  it('marks only that day’s customers still waiting or called, and says how many', () => {
    const s = site();
    const waiting = s.issue(0);
    const calledNotHere = s.issue(1);
    const serving = s.issue(2);
    const done = s.issue(3);
    s.call(4, calledNotHere, '1', 'test');
    s.call(5, serving, '2', 'test');
    s.serve(5, serving, '2');
    s.call(6, done, '3', 'test');
    s.serve(6, done, '3');
    s.finish(7, done, '3');
    const yesterday = { ...s.ticket(s.issue(8)), id: 'yesterday', day: '2026-11-22' };
    const drafts = closeDayDrafts([...[waiting, calledNotHere, serving, done].map(s.ticket), yesterday], DAY);
    expect(drafts).toEqual([
      { type: 'ticket.unseenAtClose', ticketId: waiting.id, payload: { day: DAY } },
      { type: 'ticket.unseenAtClose', ticketId: calledNotHere.id, payload: { day: DAY } },
      { type: 'day.closed', payload: { day: DAY, stillWaiting: 2 } },
    ]);
  });

  it('an open transfer wait is only a transferred customer closed unseen', () => {
    const s = site();
    const t = s.issue(0);
    s.call(1, t);
    s.serve(1, t);
    s.transfer(2, t, 'housing');
    s.call(3, t, '2');
    s.serve(3, t, '2');
    s.finish(4, t, '2');
    expect(isOpenTransferWait(s.ticket(t))).toBe(false);
  });
});

describe('open statuses', () => {
  it.each<[TicketStatus, boolean]>([
    ['waiting', true],
    ['called', true],
    ['serving', true],
    ['completed', false],
    ['noShow', false],
    ['left', false],
    ['cancelled', false],
    ['unseenAtClose', false],
  ])('%s: %s', (status, open) => {
    const s = site();
    expect(isOpen({ ...s.ticket(s.issue(0)), status })).toBe(open);
  });
});

describe('ticket numbers refuse a slot that cannot be', () => {
  it.each([
    [{ slot: 0, slots: 0 }, 'issuing slot 0 of 0 is not valid; check this PC’s settings'],
    [{ slot: 0, slots: 1.5 }, 'issuing slot 0 of 1.5 is not valid; check this PC’s settings'],
    [{ slot: -1, slots: 2 }, 'issuing slot -1 of 2 is not valid; check this PC’s settings'],
    [{ slot: 0.5, slots: 2 }, 'issuing slot 0.5 of 2 is not valid; check this PC’s settings'],
    [{ slot: 2, slots: 2 }, 'issuing slot 2 of 2 is not valid; check this PC’s settings'],
  ])('%j', (slot, message) => {
    expect(ticketNumber('C', slot, 0)).toEqual({ ok: false, error: { code: 'bad-slot', message } });
  });

  it('and say plainly when a service runs out', () => {
    expect(ticketNumber('H', { slot: 0, slots: 1 }, 999)).toEqual({
      ok: false,
      error: { code: 'numbers-exhausted', message: 'no H numbers left today on this PC' },
    });
    expect(ticketNumber('H', { slot: 0, slots: 1 }, 998)).toEqual({ ok: true, value: 'H999' });
    expect(ticketNumber('H', { slot: 1, slots: 2 }, 0)).toEqual({ ok: true, value: 'H002' });
  });
});

describe('timing flags, case by case', () => {
  it('a call here in the first segment flags a transferred ticket; calls by other PCs do not; a call at the in-step moment counts', () => {
    const s = site();
    const t = s.issue(0);
    s.call(1, t);
    s.serve(1, t);
    s.transfer(2, t, 'housing');
    s.call(3, t, '2');
    const ticket = s.ticket(t);
    const mine = {
      ...ticket,
      issuedBy: 'elsewhere',
      // Only the calls here: the serving and the transfer (stamped here too) are the next test's.
      stampedBy: [],
      segments: [ticket.segments[0]!, { ...ticket.segments[1]!, calls: ticket.segments[1]!.calls.map((c) => ({ ...c, deviceId: 'elsewhere' })) }],
    };
    expect(timingFlagDrafts([mine], s.pc.deviceId, null, 120_000)).toEqual([
      { type: 'ticket.timingFlagged', ticketId: t.id, payload: { reason: "this PC's clock was 120 s behind the endpoint's", offsetMs: 120_000 } },
    ]);
    const theirs = { ...mine, segments: mine.segments.map((seg) => ({ ...seg, calls: seg.calls.map((c) => ({ ...c, deviceId: 'elsewhere' })) })) };
    expect(timingFlagDrafts([theirs], s.pc.deviceId, null, 120_000)).toEqual([]);
    expect(timingFlagDrafts([mine], s.pc.deviceId, at(1), 120_000)).toHaveLength(1);
    expect(timingFlagDrafts([mine], s.pc.deviceId, at(1) + 1, 120_000)).toHaveLength(0);
  });
});
