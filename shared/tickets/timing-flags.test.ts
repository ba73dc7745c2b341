import { describe, expect, it } from 'vitest';
import { DAY, site } from '../testing/scenario';
import { clockTooFar, timingFlagDrafts } from './timing-flags';

describe('flagging timing when this PC’s clock is out', () => {
  it('flags the day’s tickets this PC issued or called, once, and says how far out the clock was', () => {
    const s = site();
    const issuedHere = s.issue(0);
    const calledHere = s.issue(1);
    s.call(2, issuedHere);
    // As if calledHere had come from another PC and been called here; and one this PC never touched.
    const fromElsewhere = { ...s.ticket(issuedHere), id: 'called-here', issuedBy: 'another-pc' };
    const untouched = { ...s.ticket(calledHere), id: 'untouched', issuedBy: 'another-pc' };
    const tickets = [s.ticket(issuedHere), fromElsewhere, untouched];
    const drafts = timingFlagDrafts(tickets, s.pc.deviceId, DAY, 95_400);
    expect(drafts.map((d) => d.ticketId)).toEqual([issuedHere.id, 'called-here']);
    expect(drafts[0]!.payload).toEqual({ reason: "this PC's clock was 95 s behind the endpoint's", offsetMs: 95_400 });
    // Already flagged, or another day: nothing more.
    const flagged = tickets.map((t) => ({ ...t, timingInaccurate: true }));
    expect(timingFlagDrafts(flagged, s.pc.deviceId, DAY, 95_400)).toEqual([]);
    expect(timingFlagDrafts(tickets, s.pc.deviceId, '2026-11-24', 95_400)).toEqual([]);
  });

  it('treats the limit as allowed, and anything beyond it, either way, as too far', () => {
    expect(clockTooFar(60_000, 60)).toBe(false);
    expect(clockTooFar(-60_001, 60)).toBe(true);
  });
});
