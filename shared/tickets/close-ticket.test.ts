import { describe, expect, it } from 'vitest';
import { at, must, site } from '../testing/scenario';
import { isDomainError } from '../testing/sim-device';

describe('closing a ticket from the queue: left without being seen, or cancelled in error', () => {
  it('records who (the PC) and when, and takes the customer out of the queue', () => {
    const s = site();
    const a = s.issue(0);
    const b = s.issue(1);
    const [left] = must(s.pc.run(at(5), { type: 'markLeft', ticketId: a.id, recordedOn: 'Front desk' }));
    const [cancelled] = must(s.pc.run(at(6), { type: 'cancel', ticketId: b.id, reason: ' Issued in error ', recordedOn: 'Desk PC 2' }));
    expect([left?.type, left?.payload, left?.at]).toEqual(['ticket.left', { recordedOn: 'Front desk' }, at(5)]);
    expect([cancelled?.payload, cancelled?.at]).toEqual([{ reason: 'Issued in error', recordedOn: 'Desk PC 2' }, at(6)]);
    expect([s.ticket(a).status, s.ticket(b).status, s.ticket(b).cancelReason]).toEqual(['left', 'cancelled', 'Issued in error']);
  });

  it('records no PC name when the PC has none, and refuses a cancel without a reason', () => {
    const s = site();
    const a = s.issue(0);
    const [left] = must(s.pc.run(at(5), { type: 'markLeft', ticketId: a.id }));
    expect(left?.payload).toEqual({});
    const b = s.issue(1);
    const refused = s.pc.run(at(6), { type: 'cancel', ticketId: b.id, reason: '  ' });
    expect(isDomainError(refused) && refused.message).toBe('Say why the ticket is being cancelled.');
  });

  it('refuses to mark as left a customer already being served', () => {
    const s = site();
    const a = s.issue(0);
    s.call(1, a);
    s.serve(2, a);
    const refused = s.pc.run(at(3), { type: 'markLeft', ticketId: a.id });
    expect(isDomainError(refused) && refused.message).toBe('C 001: a customer being served has not left.');
  });
});

describe('what travels with a customer and a desk', () => {
  it('hands the transferring desk’s note to the next desk, on the new segment only', () => {
    const s = site();
    const a = s.issue(0);
    s.call(1, a);
    s.serve(2, a);
    must(s.pc.run(at(5), { type: 'transfer', ticketId: a.id, desk: '1', toServiceId: 'housing', note: 'Rent arrears letter in hand' }));
    expect(s.ticket(a).segments.map((seg) => seg.transferNote)).toEqual([undefined, 'Rent arrears letter in hand']);
  });

  it('keeps a pause’s reason while paused, and forgets it on resume', () => {
    const s = site();
    must(s.pc.desk(at(1), { type: 'pause', desk: '2', reason: 'Lunch' }));
    expect(s.pc.desks.get('2')).toMatchObject({ status: 'paused', pauseReason: 'Lunch' });
    must(s.pc.desk(at(31), { type: 'resume', desk: '2' }));
    expect(s.pc.desks.get('2')?.pauseReason).toBeUndefined();
  });
});
