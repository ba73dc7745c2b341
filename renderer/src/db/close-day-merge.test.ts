// @vitest-environment node
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG } from '../../../shared/config/site-config';
import { isTicketEvent } from '../../../shared/events/schema';
import { SimDevice } from '../../../shared/testing/sim-device';
import { ALL_SKILLS, DAY, OPEN, at, must } from '../../../shared/testing/scenario';
import { foldAll } from '../../../shared/tickets/fold';
import { ReceptionDb } from './database';
import { mergeRemoteEvents } from './merge';

/**
 * This PC learns of a close from another PC and of tickets that PC never heard of, in any order,
 * a page at a time: its projection ends as the endpoint's fold of the same events (every ticket of
 * the day issued before the close and still waiting is unseen at the close).
 */
const config = { ...DEFAULT_SITE_CONFIG, issuingSlots: 2 };
const ID = (n: number) => `00000000-0000-4000-8000-00000000d0${String(n).padStart(2, '0')}`;
let n = 0;
const open: ReceptionDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

function raceMorning(heard: number, late: number) {
  const greeter = new SimDevice(ID(1), 'race-site', { slot: 0, slots: 2 }, config, 5);
  const desk = new SimDevice(ID(2), 'race-site', { slot: 1, slots: 2 }, config, 6);
  must(desk.desk(OPEN, { type: 'signOn', desk: '1', services: ['council-tax'], skills: ALL_SKILLS }));
  for (let i = 0; i < heard; i++) must(greeter.issue(at(i), DAY, 'council-tax'));
  desk.merge([...greeter.log.values()], at(5));
  for (let i = 0; i < late; i++) must(greeter.issue(at(10 + i / 10), DAY, 'council-tax'));
  desk.closeDay(at(11), DAY, 'Desk PC');
  return [...new Map([...greeter.log, ...desk.log]).values()];
}

describe('a day closed elsewhere, merged on this PC', () => {
  it('ends with the endpoint’s tickets whatever order the pages come in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer(),
        fc.integer({ min: 1, max: 4 }),
        async (heard, late, seed, page) => {
          const all = raceMorning(heard, late);
          const expected = foldAll(all.filter(isTicketEvent), all);
          const order = fc.sample(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), { seed, numRuns: 1 })[0]!;
          const db = new ReceptionDb(`close-merge-${++n}`);
          open.push(db);
          for (let i = 0; i < order.length; i += page) await mergeRemoteEvents(db, order.slice(i, i + page));
          const here = await db.tickets.toArray();
          expect(Object.fromEntries(here.map((t) => [t.id, [t.status, t.closedAt]]).sort())).toEqual(
            Object.fromEntries([...expected].map(([id, t]) => [id, [t.status, t.closedAt]]).sort()),
          );
          expect(here.filter((t) => t.status === 'waiting')).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});
