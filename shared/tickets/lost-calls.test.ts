import { describe, expect, it } from 'vitest';
import { must, site, at } from '../testing/scenario';
import { SimDevice } from '../testing/sim-device';
import { lostCallsOf } from './lost-calls';

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
});
