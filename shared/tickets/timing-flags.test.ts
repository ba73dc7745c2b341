import { describe, expect, it } from 'vitest';
import { ALL_SKILLS, DAY, OPEN, at, must, site } from '../testing/scenario';
import { SimDevice } from '../testing/sim-device';
import { clockPutBack, clockTooFar, timingFlagDrafts } from './timing-flags';

describe('flagging timing when this PC’s clock is out', () => {
  it('flags the tickets this PC issued or called, once, and says how far out the clock was', () => {
    const s = site();
    const issuedHere = s.issue(0);
    const calledHere = s.issue(1);
    s.call(2, issuedHere);
    // As if calledHere had come from another PC and been called here; and one this PC never touched.
    const fromElsewhere = { ...s.ticket(issuedHere), id: 'called-here', issuedBy: 'another-pc' };
    const untouched = { ...s.ticket(calledHere), id: 'untouched', issuedBy: 'another-pc' };
    const tickets = [s.ticket(issuedHere), fromElsewhere, untouched];
    const drafts = timingFlagDrafts(tickets, s.pc.deviceId, null, 95_400);
    expect(drafts.map((d) => d.ticketId)).toEqual([issuedHere.id, 'called-here']);
    expect(drafts[0]!.payload).toEqual({ reason: "this PC's clock was 95 s behind the endpoint's", offsetMs: 95_400 });
    expect(timingFlagDrafts([s.ticket(issuedHere)], s.pc.deviceId, null, -61_000)[0]!.payload).toEqual({
      reason: "this PC's clock was 61 s ahead of the endpoint's",
      offsetMs: -61_000,
    });
    // Already flagged: nothing more.
    const flagged = tickets.map((t) => ({ ...t, timingInaccurate: true }));
    expect(timingFlagDrafts(flagged, s.pc.deviceId, null, 95_400)).toEqual([]);
  });

  it('flags a ticket this PC only closed or served (left, served, finished, unseen at close), not just issued or called', () => {
    const here = site();
    const greeter = new SimDevice('00000000-0000-4000-8000-0000000000f2', 'test-site', { slot: 1, slots: 2 }, undefined, 99);
    must(greeter.desk(OPEN, { type: 'signOn', desk: '1', services: ['council-tax', 'housing'], skills: ALL_SKILLS }));
    const walkedOut = must(greeter.issue(at(0), DAY, 'council-tax'));
    const served = must(greeter.issue(at(1), DAY, 'council-tax'));
    const unseen = must(greeter.issue(at(2), DAY, 'housing'));
    const untouched = must(greeter.issue(at(3), DAY, 'housing'));
    // The greeter's PC called one to desk 1: this PC's desk serves and finishes it.
    must(greeter.run(at(4), { type: 'call', ticketId: served.id, desk: '1', outOfTurnReason: 'test' }));
    here.pc.merge([...greeter.log.values()], at(4.5));
    must(here.pc.run(at(5), { type: 'markLeft', ticketId: walkedOut.id }));
    must(here.pc.run(at(6), { type: 'startServing', ticketId: served.id, desk: '1' }));
    must(here.pc.run(at(9), { type: 'complete', ticketId: served.id, desk: '1', outcome: 'resolved', avoidable: null, complaint: null }));
    const closing = must(here.pc.closeDay(at(600), DAY));
    expect(closing.length).toBeGreaterThan(0);
    const tickets = [walkedOut, served, unseen, untouched].map((t) => here.pc.tickets.get(t.id)!);
    expect(timingFlagDrafts(tickets, here.pc.deviceId, null, 90_000).map((d) => d.ticketId)).toEqual([walkedOut.id, served.id, unseen.id, untouched.id]);
    // Who stamped what, in order: this PC started serving and finished.
    expect(here.pc.tickets.get(served.id)!.stampedBy).toEqual([
      { deviceId: here.pc.deviceId, at: at(6) },
      { deviceId: here.pc.deviceId, at: at(9) },
    ]);
    // A stamp at the very moment the clock was last seen in step counts as after it (the check cannot tell).
    expect(timingFlagDrafts([tickets[0]!], here.pc.deviceId, at(5), 90_000).map((d) => d.ticketId)).toEqual([walkedOut.id]);
    // In step until after the morning: only the close, stamped at the end of the day, is suspect.
    expect(timingFlagDrafts(tickets, here.pc.deviceId, at(100), 90_000).map((d) => d.ticketId)).toEqual([unseen.id, untouched.id]);
    // The greeter's PC stamped only issues and a call.
    expect(timingFlagDrafts(tickets, greeter.deviceId, at(3.5), 90_000).map((d) => d.ticketId)).toEqual([served.id]);
  });

  it('flags what was timed since the clock was last in step, whatever day, and nothing timed before', () => {
    const s = site();
    const yesterdayEarly = s.issue(-24 * 60); // Sunday 09:00
    const yesterdayLate = s.issue(-24 * 60 + 30); // Sunday 09:30
    const today = s.issue(0);
    const issuedBeforeCalledAfter = s.issue(-24 * 60 + 5);
    s.call(-24 * 60 + 20, issuedBeforeCalledAfter, '1', 'booked appointment');
    const tickets = [yesterdayEarly, yesterdayLate, today, issuedBeforeCalledAfter].map(s.ticket);
    // In step at Sunday 09:10; found 2 minutes out on Monday.
    const ids = timingFlagDrafts(tickets, s.pc.deviceId, at(-24 * 60 + 10), 120_000).map((d) => d.ticketId);
    expect(ids).toEqual([yesterdayLate.id, today.id, issuedBeforeCalledAfter.id]);
    // Exactly at the in-step moment counts as after it (the check cannot tell).
    expect(timingFlagDrafts(tickets, s.pc.deviceId, at(-24 * 60 + 30), 120_000).map((d) => d.ticketId)).toEqual([yesterdayLate.id, today.id]);
  });

  it('treats the limit as allowed, and anything beyond it, either way, as too far', () => {
    expect(clockTooFar(60_000, 60)).toBe(false);
    expect(clockTooFar(-60_000, 60)).toBe(false);
    expect(clockTooFar(60_001, 60)).toBe(true);
    expect(clockTooFar(-60_001, 60)).toBe(true);
  });

  it('finds a clock put back beyond the limit from its own newest stamp, and says how far it had been ahead', () => {
    expect(clockPutBack(null, at(0), 60)).toBeNull();
    expect(clockPutBack(at(5), at(0), 60)).toBe(-300_000);
    expect(clockPutBack(at(0) + 60_000, at(0), 60)).toBeNull(); // exactly the limit is allowed
    expect(clockPutBack(at(0) + 60_001, at(0), 60)).toBe(-60_001);
    expect(clockPutBack(at(0), at(0) + 3_600_000, 60)).toBeNull(); // moved on: a night or a sleep
    const s = site();
    const t = s.issue(0);
    expect(timingFlagDrafts([s.ticket(t)], s.pc.deviceId, null, -300_000, 'stepBack')[0]!.payload).toEqual({
      reason: "this PC's clock was put back 300 s: it had been ahead",
      offsetMs: -300_000,
    });
  });
});
