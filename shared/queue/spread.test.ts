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
});
