import { describe, expect, it } from 'vitest';
import { ALL_SKILLS, must, site, at } from '../testing/scenario';
import { SimDevice } from '../testing/sim-device';
import { LOST_CALL_NEWS_MS, lostCallToReplace, lostCallsOf, recentLostCalls } from './lost-calls';

describe('lost calls', () => {
  it('tells the later desk, and only that desk, that an earlier call from another PC has its customer', () => {
    const s = site();
    const t = s.issue(0);
    const other = new SimDevice('00000000-0000-4000-8000-0000000000ab', 'test-site', { slot: 0, slots: 1 });
    other.merge([...s.pc.log.values()], at(0.5));
    s.call(2, t, '1');
    must(other.run(at(2.1), { type: 'call', ticketId: t.id, desk: '2' }));
    s.pc.merge([...other.log.values()], at(3));
    const tickets = [...s.pc.tickets.values()];
    const lost = lostCallsOf(tickets, '2');
    expect(lost.map((l) => [l.ticket.number, l.winnerDesk])).toEqual([[t.number, '1']]);
    expect(lostCallsOf(tickets, '1')).toEqual([]);
  });

  it('counts only lost calls: another kind of conflict at this desk is not one', () => {
    const s = site();
    const t = s.ticket(s.issue(0));
    const conflicts = [{ eventId: 'x', type: 'ticket.completed', desk: '2', deviceId: 'pc', hlc: '1', reason: 'stamped before the issue' }];
    expect(lostCallsOf([{ ...t, conflicts }], '2')).toEqual([]);
  });

  it('is empty on a day without conflicts', () => {
    const s = site();
    s.call(1, s.issue(0), '2');
    expect(lostCallsOf([...s.pc.tickets.values()], '2')).toEqual([]);
  });

  /** Desk 1 (this site's PC) and desk 2 (another PC, out of touch) both call the first customer; desk 1 called first. */
  function race() {
    const s = site();
    const first = s.issue(0);
    const second = s.issue(0.2);
    const other = new SimDevice('00000000-0000-4000-8000-0000000000ab', 'test-site', { slot: 0, slots: 1 });
    must(other.desk(at(0.3), { type: 'signOn', desk: '2', services: ['council-tax', 'housing'], skills: ALL_SKILLS }));
    other.merge([...s.pc.log.values()], at(0.5));
    s.call(2, first, '1');
    must(other.run(at(2.1), { type: 'call', ticketId: first.id, desk: '2' }));
    const meet = () => {
      other.merge([...s.pc.log.values()], at(3));
      return [...other.tickets.values()];
    };
    return { s, other, first, second, meet };
  }

  it('has the PC that lost call its next customer by itself while its desk has done nothing since', () => {
    const { other, first, meet } = race();
    const tickets = meet();
    expect(lostCallToReplace(tickets, '2', other.deviceId, at(3))).toMatchObject({ ticket: { id: first.id }, winnerDesk: '1' });
    // Not the winner's desk, not another PC of the losing desk's number.
    expect(lostCallToReplace(tickets, '1', other.deviceId, at(3))).toBeUndefined();
    expect(lostCallToReplace(tickets, '2', '00000000-0000-4000-8000-0000000000cd', at(3))).toBeUndefined();
  });

  it('leaves it to the advisor once the desk has acted since: called someone, or closed the lost customer', () => {
    const a = race();
    a.meet();
    // The advisor pressed Call next before the PC did: desk 2 has the second customer.
    must(a.other.run(at(3.5), { type: 'call', ticketId: a.second.id, desk: '2' }));
    expect(lostCallToReplace([...a.other.tickets.values()], '2', a.other.deviceId, at(4))).toBeUndefined();
    must(a.other.run(at(4), { type: 'noShow', ticketId: a.second.id, desk: '2' }));
    // ...and closed them since: the call it made after the lost one still says the desk moved on.
    expect(lostCallToReplace([...a.other.tickets.values()], '2', a.other.deviceId, at(5))).toBeUndefined();

    const b = race();
    must(b.other.run(at(2.5), { type: 'noShow', ticketId: b.first.id, desk: '2' }));
    expect(lostCallToReplace(b.meet(), '2', b.other.deviceId, at(3))).toBeUndefined();
  });

  it('tells a desk of a lost call for ten minutes, and not after (no notice piles up, none survives a restart next day)', () => {
    const { meet } = race();
    const tickets = meet();
    const madeAt = at(2.1);
    expect(recentLostCalls(tickets, '2', madeAt + LOST_CALL_NEWS_MS)).toHaveLength(1);
    expect(recentLostCalls(tickets, '2', madeAt + LOST_CALL_NEWS_MS + 1)).toEqual([]);
    expect(lostCallToReplace(tickets, '2', '00000000-0000-4000-8000-0000000000ab', madeAt + LOST_CALL_NEWS_MS + 1)).toBeUndefined();
  });
});
