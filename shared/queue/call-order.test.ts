import { describe, expect, it } from 'vitest';
import { ALL_SKILLS, NO_SKILLS, site } from '../testing/scenario';
import { compareQueue, nextTicketFor, orderQueue, skillsCover } from './call-order';

describe('call order', () => {
  it('calls the earliest deadline first: a priority customer (5 min) issued at 4 goes before a standard one issued at 0', () => {
    const s = site();
    const standard = s.issue(0);
    const priority = s.issue(4, 'council-tax', { priority: true });
    const queue = [...s.pc.tickets.values()];
    expect(nextTicketFor({ services: ['council-tax'], skills: NO_SKILLS }, queue)?.id).toBe(priority.id);
    expect(orderQueue(queue).map((t) => t.id)).toEqual([priority.id, standard.id]);
  });

  it('only offers a desk the services it covers', () => {
    const s = site();
    s.issue(0, 'housing');
    const ct = s.issue(3, 'council-tax');
    expect(nextTicketFor({ services: ['council-tax', 'benefits'], skills: NO_SKILLS }, [...s.pc.tickets.values()])?.id).toBe(ct.id);
    expect(nextTicketFor({ services: ['planning'], skills: NO_SKILLS }, [...s.pc.tickets.values()])).toBeUndefined();
  });

  it('matches needs to skills: BSL, a wheelchair-accessible desk, a language or an interpreter line', () => {
    const needs = (o: Partial<{ bsl: boolean; wheelchair: boolean; language: string | null }>) => ({ bsl: false, wheelchair: false, language: null, ...o });
    expect(skillsCover(NO_SKILLS, needs({}))).toBe(true);
    expect(skillsCover(NO_SKILLS, needs({ bsl: true }))).toBe(false);
    expect(skillsCover({ ...NO_SKILLS, bsl: true }, needs({ bsl: true }))).toBe(true);
    expect(skillsCover(NO_SKILLS, needs({ wheelchair: true }))).toBe(false);
    expect(skillsCover({ ...NO_SKILLS, languages: ['pl'] }, needs({ language: 'pl' }))).toBe(true);
    expect(skillsCover({ ...NO_SKILLS, languages: ['pl'] }, needs({ language: 'ro' }))).toBe(false);
    expect(skillsCover({ ...NO_SKILLS, interpreterLine: true }, needs({ language: 'ro' }))).toBe(true);
    expect(skillsCover(ALL_SKILLS, needs({ bsl: true, wheelchair: true, language: 'ur' }))).toBe(true);
  });

  it('a customer transferred in queues with the new service’s standard from the transfer', () => {
    const s = site();
    const t = s.issue(0, 'council-tax');
    s.call(1, t);
    s.serve(1, t);
    const waitingHousing = s.issue(2, 'housing');
    s.transfer(5, t, 'housing');
    // Deadlines: the waiting one 2+10 = 12; the transferred one 5+10 = 15.
    expect(orderQueue([...s.pc.tickets.values()]).map((x) => x.id)).toEqual([waitingHousing.id, t.id]);
  });
});

describe('queue order at a tie', () => {
  it('the same deadline: the earlier issue first, then the smaller id; a ticket ties with itself', () => {
    const s = site();
    const first = s.ticket(s.issue(0));
    const second = s.ticket(s.issue(0));
    expect(compareQueue(first, second)).toBe(-1);
    expect(compareQueue(second, first)).toBe(1);
    const twin = { ...second, issuedHlc: first.issuedHlc };
    expect(compareQueue(first, twin)).toBe(first.id < twin.id ? -1 : 1);
    expect(compareQueue(twin, first)).toBe(first.id < twin.id ? 1 : -1);
    expect(compareQueue(first, first)).toBe(0);
  });

  it('the queue screen lists only waiting tickets, in call order', () => {
    const s = site();
    const late = s.issue(3);
    const early = s.issue(1);
    const called = s.issue(0);
    s.call(2, called, '1');
    const priority = s.issue(4, 'council-tax', { priority: true });
    expect(orderQueue([late, early, called, priority].map(s.ticket)).map((t) => t.number)).toEqual(['C004', 'C002', 'C001']);
  });
});
