import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTicketEvent } from '../events/schema';
import type { TicketEvent } from '../events/schema';
import { parseEvent } from '../events/parse';
import { runRandomDay } from '../testing/random-day';
import type { Step } from '../testing/random-day';
import { serviceLevel } from '../figures/service-level';
import { OPEN } from '../testing/scenario';
import { applyEvent } from './apply';
import type { foldTicket } from './fold';
import { foldAll } from './fold';

const step: fc.Arbitrary<Step> = fc.record({
  device: fc.nat(10),
  action: fc.nat(7),
  pick: fc.nat(50),
  online: fc.boolean(),
  advanceSec: fc.integer({ min: 0, max: 240 }),
});
const day = (devices: number) =>
  fc.tuple(fc.array(step, { minLength: 5, maxLength: 80 }), fc.array(fc.integer({ min: -120, max: 120 }), { minLength: devices, maxLength: devices }));

const ticketEvents = (pcs: ReturnType<typeof runRandomDay>) => [...pcs[0]!.log.values()].filter(isTicketEvent);

describe('fold and merge (properties)', () => {
  it('the same events in any order, duplicated or not, fold to the same tickets', () => {
    fc.assert(
      fc.property(day(2), fc.integer(), ([steps, offsets], seed) => {
        const events = ticketEvents(runRandomDay(2, steps, offsets));
        const reference = foldAll(events);
        const shuffled = fc.sample(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), { seed, numRuns: 1 })[0]!;
        const withDuplicates = [...shuffled, ...shuffled.filter((_, i) => i % 3 === 0)];
        expect(foldAll(withDuplicates)).toEqual(reference);
      }),
      { numRuns: 60 },
    );
  });

  it('N PCs with random offline periods and clock offsets converge on one state', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((n) => fc.tuple(fc.constant(n), day(n))),
        ([n, [steps, offsets]]) => {
          const pcs = runRandomDay(n, steps, offsets);
          const reference = pcs[0]!;
          for (const pc of pcs.slice(1)) {
            expect([...pc.log.keys()].sort()).toEqual([...reference.log.keys()].sort());
            expect(new Map([...pc.tickets].sort())).toEqual(new Map([...reference.tickets].sort()));
            expect(pc.desks).toEqual(reference.desks);
          }
          // And the merged projection is the fold of the merged log.
          expect(new Map([...reference.tickets].sort())).toEqual(new Map([...foldAll(ticketEvents(pcs))].sort()));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('ticket numbers never repeat within a site-day, whoever issued them offline', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((n) => fc.tuple(fc.constant(n), day(n))),
        ([n, [steps, offsets]]) => {
          const tickets = [...runRandomDay(n, steps, offsets)[0]!.tickets.values()];
          expect(new Set(tickets.map((t) => t.number)).size).toBe(tickets.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('every event decide emits on a PC is valid on the wire and accepted by apply where it was decided', () => {
    fc.assert(
      fc.property(day(1), ([steps, offsets]) => {
        const [pc] = runRandomDay(1, steps, offsets);
        const events = [...pc!.log.values()];
        for (const e of events) expect(parseEvent(JSON.parse(JSON.stringify(e)))).toMatchObject({ ok: true });
        // A single PC never races itself, so nothing it decided was set aside.
        for (const t of pc!.tickets.values()) expect(t.conflicts).toEqual([]);
        // Replaying each ticket's events one by one, every apply succeeds.
        const byTicket = new Map<string, TicketEvent[]>();
        for (const e of events.filter(isTicketEvent)) byTicket.set(e.ticketId!, [...(byTicket.get(e.ticketId!) ?? []), e]);
        for (const list of byTicket.values()) {
          let t = undefined as ReturnType<typeof foldTicket>;
          for (const e of list) {
            const r = applyEvent(t, e);
            expect(r.ok).toBe(true);
            if (r.ok) t = r.value;
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('the service level’s counts always add up to the tickets', () => {
    fc.assert(
      fc.property(day(3), fc.integer({ min: 0, max: 600 }), ([steps, offsets], minutesLater) => {
        const tickets = [...runRandomDay(3, steps, offsets)[0]!.tickets.values()];
        const sl = serviceLevel(tickets, OPEN + minutesLater * 60_000, 80);
        const excluded = Object.values(sl.excluded).reduce((a, b) => a + b, 0);
        expect(sl.met + sl.missed).toBe(sl.counted);
        expect(sl.counted + excluded).toBe(tickets.length);
        if (sl.counted) expect(sl.percent).toBeCloseTo((sl.met / sl.counted) * 100);
      }),
      { numRuns: 60 },
    );
  });
});
