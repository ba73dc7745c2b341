import { describe, expect, it } from 'vitest';
import { at, site } from '../testing/scenario';
import { clockTooFar, timingFlagDrafts } from './timing-flags';

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
});
