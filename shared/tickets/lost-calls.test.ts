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

  it('is not stopped by what happened before the lost call, or at other desks since', () => {
    const { other, first, meet } = race();
    const tickets = meet();
    const lost = lostCallToReplace(tickets, '2', other.deviceId, at(3))!;
    const lostHlc = lost.hlc;
    const before = lostHlc.replace(/^\d{15}/, (ms) => String(Number(ms) - 60_000).padStart(15, '0'));
    const after = lostHlc.replace(/^\d{15}/, (ms) => String(Number(ms) + 60_000).padStart(15, '0'));
    const base = tickets.find((t) => t.id !== first.id)!;
    const call = (desk: string, hlc: string) => ({ at: 0, hlc, desk, deviceId: other.deviceId, recall: false });
    const conflict = (desk: string, hlc: string) => ({
      eventId: `x-${desk}-${hlc}`,
      type: 'ticket.noShow',
      desk,
      deviceId: other.deviceId,
      hlc,
      reason: 'test',
    });
    const withTicket = (patch: Partial<(typeof tickets)[number]>) => [...tickets, { ...base, id: 'extra', ...patch }];
    // Desk 2 finished a customer before the race, and something of desk 2's was refused before it.
    const finishedBefore = {
      status: 'completed' as const,
      desk: '2',
      segments: [{ ...base.segments[0]!, calls: [call('2', before)] }],
      conflicts: [conflict('2', before)],
    };
    expect(lostCallToReplace(withTicket(finishedBefore), '2', other.deviceId, at(3))).toMatchObject({ eventId: lost.eventId });
    // Desk 1 called someone and had something refused since: not desk 2's doing.
    const elsewhere = {
      status: 'completed' as const,
      desk: '1',
      segments: [{ ...base.segments[0]!, calls: [call('1', after)] }],
      conflicts: [conflict('1', after)],
    };
    expect(lostCallToReplace(withTicket(elsewhere), '2', other.deviceId, at(3))).toMatchObject({ eventId: lost.eventId });
    // Desk 2 holds a customer (called, or being served) however that came about: it is busy.
    for (const status of ['called', 'serving'] as const)
      expect(lostCallToReplace(withTicket({ ...finishedBefore, status, conflicts: [] }), '2', other.deviceId, at(3))).toBeUndefined();
    // Desk 2 had something refused since (it acted on the customer it lost): it has moved on.
    expect(lostCallToReplace(withTicket({ ...finishedBefore, conflicts: [conflict('2', after)] }), '2', other.deviceId, at(3))).toBeUndefined();
    // Desk 2 called someone since, served them and sent them on to another service (a second segment): it has moved on.
    const transferred = {
      ...finishedBefore,
      status: 'waiting' as const,
      desk: undefined,
      conflicts: [],
      segments: [
        { ...base.segments[0]!, calls: [call('2', after)] },
        { ...base.segments[0]!, calls: [] },
      ],
    };
    expect(lostCallToReplace(withTicket(transferred), '2', other.deviceId, at(3))).toBeUndefined();
  });

  it('lists a desk’s lost calls newest first, and a stamp it cannot read as not news', () => {
    const { first, second, meet } = race();
    const tickets = meet();
    const lost = recentLostCalls(tickets, '2', at(3))[0]!;
    const later = lost.hlc.replace(/^\d{15}/, (ms) => String(Number(ms) + 1_000).padStart(15, '0'));
    const conflictOf = (hlc: string, eventId: string) => ({ ...tickets.find((t) => t.id === first.id)!.conflicts[0]!, hlc, eventId });
    const two = [
      ...tickets.filter((t) => t.id !== second.id),
      { ...tickets.find((t) => t.id === second.id)!, conflicts: [conflictOf(later, 'newer'), conflictOf('not a stamp', 'unreadable')] },
    ];
    expect(recentLostCalls(two, '2', at(3)).map((l) => l.eventId)).toEqual(['newer', lost.eventId]);
    expect(recentLostCalls([...two].reverse(), '2', at(3)).map((l) => l.eventId)).toEqual(['newer', lost.eventId]);
  });
});
