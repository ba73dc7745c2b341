import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG } from '../config/site-config';
import type { DomainEvent } from '../events/schema';
import { isTicketEvent } from '../events/schema';
import { SimDevice } from '../testing/sim-device';
import { ALL_SKILLS, DAY, OPEN, at, must } from '../testing/scenario';
import { foldAll } from './fold';

/**
 * Closing the day is a fact of the whole site. A greeter issues while a desk PC closes the day;
 * the closing PC has not heard of the greeter's last tickets. Wherever the close meets them
 * (the greeter's PC, the closing PC, another PC, the endpoint), every ticket of the day issued
 * before the close and still waiting is closed unseen at the close's time: the same on all.
 */
const config = { ...DEFAULT_SITE_CONFIG, issuingSlots: 2 };
const SITE = 'race-site';
const ID = (n: number) => `00000000-0000-4000-8000-00000000c0${String(n).padStart(2, '0')}`;

function morning(heardBeforeClose: number, issuedLate: number, calledAfterClose: boolean) {
  const greeter = new SimDevice(ID(1), SITE, { slot: 0, slots: 2 }, config, 11);
  const desk = new SimDevice(ID(2), SITE, { slot: 1, slots: 2 }, config, 22);
  must(desk.desk(OPEN, { type: 'signOn', desk: '1', services: ['council-tax'], skills: ALL_SKILLS }));
  const heard = Array.from({ length: heardBeforeClose }, (_, i) => must(greeter.issue(at(i), DAY, 'council-tax')));
  desk.merge([...greeter.log.values()], at(heardBeforeClose));
  // Issued at the front desk while the desk PC's supervisor reads the warning: the desk PC never hears of them before closing.
  const unheard = Array.from({ length: issuedLate }, (_, i) => must(greeter.issue(at(10 + i / 10), DAY, 'council-tax')));
  // The greeter's PC, not yet told of the close, calls one of its own late tickets.
  if (calledAfterClose && unheard[0]) {
    must(greeter.desk(at(12), { type: 'signOn', desk: '9', services: ['council-tax'], skills: ALL_SKILLS }));
    must(greeter.run(at(12.5), { type: 'call', ticketId: unheard[0].id, desk: '9', outOfTurnReason: 'asked for by name' }));
  }
  const close = desk.closeDay(at(11), DAY, 'Desk PC');
  return { greeter, desk, heard, unheard, close, all: [...new Map([...greeter.log, ...desk.log]).values()] };
}

const statusOf = (tickets: Map<string, { status: string; closedAt?: number }>) =>
  Object.fromEntries([...tickets].map(([id, t]) => [id, [t.status, t.closedAt]]).sort());

describe('closing the day while another PC issues', () => {
  it('closes unseen, at the close time, the tickets the closing PC had not heard of, on every PC and at the endpoint', () => {
    const m = morning(2, 2, false);
    const closedAt = m.close.at(-1)!.at;
    // The endpoint's view: every event folded with the site's closes.
    const endpoint = foldAll(m.all.filter(isTicketEvent), m.all);
    for (const t of [...m.heard, ...m.unheard]) expect([endpoint.get(t.id)!.status, endpoint.get(t.id)!.closedAt]).toEqual(['unseenAtClose', closedAt]);
    // Each PC, once it has everything.
    m.greeter.merge(m.all, at(20));
    m.desk.merge(m.all, at(20));
    expect(statusOf(m.greeter.tickets)).toEqual(statusOf(endpoint));
    expect(statusOf(m.desk.tickets)).toEqual(statusOf(endpoint));
  });

  it('a call the greeter’s PC made before it heard of the close is kept as a conflict, and the customer is unseen at the close', () => {
    const m = morning(1, 1, true);
    const endpoint = foldAll(m.all.filter(isTicketEvent), m.all);
    const late = endpoint.get(m.unheard[0]!.id)!;
    expect([late.status, late.conflicts.map((c) => c.type)]).toEqual(['unseenAtClose', ['ticket.called']]);
  });

  it('a ticket issued after the close (by the clock every PC agrees on) is not closed by it, nor by a reopen', () => {
    const m = morning(1, 0, false);
    m.greeter.merge(m.all, at(30));
    m.greeter.reopenDay(at(31), DAY);
    const after = must(m.greeter.issue(at(32), DAY, 'council-tax'));
    const all = [...m.greeter.log.values()];
    expect(foldAll(all.filter(isTicketEvent), all).get(after.id)!.status).toBe('waiting');
  });

  it('gives one result whatever order the events reach a PC in, a page at a time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.integer(),
        fc.integer({ min: 1, max: 5 }),
        (heard, late, called, seed, pageSize) => {
          const m = morning(heard, late, called);
          const expected = statusOf(foldAll(m.all.filter(isTicketEvent), m.all));
          const order = fc.sample(fc.shuffledSubarray(m.all, { minLength: m.all.length, maxLength: m.all.length }), { seed, numRuns: 1 })[0]!;
          const third = new SimDevice(ID(3), SITE, { slot: 0, slots: 2 }, config, 33);
          for (let i = 0; i < order.length; i += pageSize) third.merge(order.slice(i, i + pageSize) as DomainEvent[], at(40));
          expect(statusOf(third.tickets)).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
