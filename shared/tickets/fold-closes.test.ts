import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../events/schema';
import { isTicketEvent } from '../events/schema';
import { DAY, at, site } from '../testing/scenario';
import { foldAll, foldTicket } from './fold';

/** Which closes a ticket's fold heeds: its own site's and its own day's, in the order every PC agrees on. */
const closeEvent = (over: { id: string; hlc: string; at: number; siteId?: string; day?: string }): DomainEvent =>
  ({
    id: over.id,
    siteId: over.siteId ?? 'test-site',
    deviceId: '00000000-0000-4000-8000-0000000000ff',
    deviceSeq: 1,
    hlc: over.hlc,
    at: over.at,
    type: 'day.closed',
    payload: { day: over.day ?? DAY, stillWaiting: 0 },
    v: 1,
  }) as DomainEvent;

function morning() {
  const s = site();
  const waiting = s.issue(0);
  const called = s.issue(1);
  s.call(2, called, '1', 'asked for');
  const serving = s.issue(3);
  s.call(4, serving, '2', 'asked for');
  s.serve(5, serving, '2');
  const events = [...s.pc.log.values()].filter(isTicketEvent);
  const of = (id: string) => events.filter((e) => e.ticketId === id);
  return { waiting, called, serving, events, of };
}
// After every event of the morning (their hlc are of 2026): a close stamped later.
const LATER = '999999999999999-00000-zz';

describe('a ticket folded with day closes', () => {
  it('is closed only by a close of its own site and its own day', () => {
    const m = morning();
    const elsewhere = closeEvent({ id: 'c1', hlc: LATER, at: at(30), siteId: 'other-site' });
    const otherDay = closeEvent({ id: 'c2', hlc: LATER, at: at(30), day: '2026-11-24' });
    expect(foldTicket(m.of(m.waiting.id), [elsewhere, otherDay])!.status).toBe('waiting');
    expect(foldTicket(m.of(m.waiting.id), [closeEvent({ id: 'c3', hlc: LATER, at: at(30) })])!.status).toBe('unseenAtClose');
  });

  it('closes a customer called but not yet at the desk, never one being served', () => {
    const m = morning();
    const close = [closeEvent({ id: 'c1', hlc: LATER, at: at(30) })];
    expect(foldTicket(m.of(m.called.id), close)).toMatchObject({ status: 'unseenAtClose', closedAt: at(30), desk: undefined });
    expect(foldTicket(m.of(m.serving.id), close)!.status).toBe('serving');
  });

  it('takes the earliest of several closes, whatever order they are given in', () => {
    const m = morning();
    const first = closeEvent({ id: 'c1', hlc: '999999999999990-00000-zz', at: at(20) });
    const second = closeEvent({ id: 'c2', hlc: LATER, at: at(40) });
    expect(foldTicket(m.of(m.waiting.id), [second, first])!.closedAt).toBe(at(20));
    expect(foldAll(m.events, [second, first]).get(m.waiting.id)!.closedAt).toBe(at(20));
  });

  it('in a whole log, finds each ticket’s day from its issue wherever that comes in the list', () => {
    const m = morning();
    const callFirst = [...m.of(m.called.id)].reverse();
    expect(foldAll(callFirst, [closeEvent({ id: 'c1', hlc: LATER, at: at(30) })]).get(m.called.id)!.status).toBe('unseenAtClose');
  });
});
