import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_SKILLS, NO_SKILLS, site } from '../testing/scenario';
import { nextTicketFor } from './call-order';
import { spreadChoice } from './spread';

const desk = (n: string, services = ['council-tax', 'housing'], skills = ALL_SKILLS) => ({ desk: n, services, skills });

describe('desks that decide alone choose apart', () => {
  it('gives two free desks pressing together two different customers: desk 1 the first, desk 2 the second', () => {
    const s = site();
    const first = s.issue(0);
    const second = s.issue(1);
    const queue = [...s.pc.tickets.values()];
    const free = [desk('1'), desk('2')];
    expect(spreadChoice(free[0]!, free, queue)?.id).toBe(first.id);
    expect(spreadChoice(free[1]!, free, queue)?.id).toBe(second.id);
    // Ranked by desk number as people read it: desk 10 comes after desk 9.
    expect(spreadChoice(desk('10'), [desk('9'), desk('10')], queue)?.id).toBe(second.id);
    expect(spreadChoice(desk('9'), [desk('9'), desk('10')], queue)?.id).toBe(first.id);
  });

  it('takes the head when it is the only free desk, when there is one customer, or when nobody ahead could serve the one it would pass', () => {
    const s = site();
    const bsl = s.issue(0, 'council-tax', { needs: { bsl: true, wheelchair: false, language: null } });
    const plain = s.issue(1);
    const queue = [...s.pc.tickets.values()];
    expect(spreadChoice(desk('2'), [desk('2')], queue)?.id).toBe(bsl.id);
    expect(spreadChoice(desk('2'), [desk('1'), desk('2')], [s.ticket(plain)])?.id).toBe(plain.id);
    // Desk 1 has no BSL: nobody free before desk 2 could call the BSL customer, so desk 2 does.
    expect(spreadChoice(desk('2'), [desk('1', ['council-tax'], NO_SKILLS), desk('2')], queue)?.id).toBe(bsl.id);
    // A desk ahead that covers another service only does not count either.
    expect(spreadChoice(desk('2'), [desk('1', ['planning']), desk('2')], queue)?.id).toBe(bsl.id);
    expect(spreadChoice(desk('2'), [desk('1'), desk('2')], [])).toBeUndefined();
  });

  it('for any queue, free desks with the same cover choose distinct customers while there are enough, and the first always takes the head', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }), (customers, desks) => {
        const s = site();
        for (let i = 0; i < customers; i++) s.issue(i * 0.5, i % 2 ? 'housing' : 'council-tax');
        const queue = [...s.pc.tickets.values()];
        const free = Array.from({ length: desks }, (_, i) => desk(String(i + 1)));
        const chosen = free.map((d) => spreadChoice(d, free, queue)!.id);
        expect(chosen[0]).toBe(nextTicketFor(free[0]!, queue)!.id);
        expect(new Set(chosen).size).toBe(Math.min(customers, desks));
      }),
      { numRuns: 60 },
    );
  });

  it('reads each desk’s own list in call order, and passes only customers desks ahead could call, every one of them', () => {
    const s = site();
    const bslNeeds = { needs: { bsl: true, wheelchair: false, language: null } };
    const bsl = s.issue(0, 'council-tax', bslNeeds);
    const plain = s.issue(1);
    const later = s.issue(2);
    const housing = s.issue(0.5, 'housing');
    const priority = s.issue(3, 'council-tax', { priority: true });
    // The queue as read from the database: in no particular order.
    const queue = [later, priority, plain, housing, bsl].map(s.ticket);
    const noBsl = (n: string) => desk(n, ['council-tax', 'housing'], NO_SKILLS);
    const ctOnly = (n: string) => desk(n, ['council-tax']);
    // Call order for a council-tax desk: the BSL customer (deadline 10), the priority one (3 + 5 = 8 comes first), …
    expect(spreadChoice(ctOnly('1'), [ctOnly('1')], queue)?.id).toBe(priority.id);
    // Desk 2 passes the first of its own list (priority), which desk 1 can call, and takes the BSL customer: never housing, which it does not cover.
    expect(spreadChoice(ctOnly('2'), [ctOnly('1'), ctOnly('2')], queue)?.id).toBe(bsl.id);
    // Desk 3, ranked third, would pass the priority and the BSL customers: desk 1 has no BSL but desk 2 has, so it may.
    expect(spreadChoice(ctOnly('3'), [noBsl('1'), ctOnly('2'), ctOnly('3')], queue)?.id).toBe(plain.id);
    // With no BSL ahead at all, desk 3 takes the head: the BSL customer must not be left for nobody.
    expect(spreadChoice(ctOnly('3'), [noBsl('1'), noBsl('2'), ctOnly('3')], queue)?.id).toBe(priority.id);
    // Only those it passes matter: desk 2 passes the priority customer (desk 1 can call them) and takes the BSL one,
    // whom nobody ahead could serve, but whom desk 2 is not passing.
    expect(spreadChoice(ctOnly('2'), [noBsl('1'), ctOnly('2')], [plain, bsl, priority].map(s.ticket))?.id).toBe(bsl.id);
  });
});
