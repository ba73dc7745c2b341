import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ticketNumber } from './numbers';

describe('ticket numbers', () => {
  it('count 1, 2, 3 on a site with one issuing PC', () => {
    expect([0, 1, 2, 13].map((o) => ticketNumber('C', { slot: 0, slots: 1 }, o))).toEqual([
      { ok: true, value: 'C001' },
      { ok: true, value: 'C002' },
      { ok: true, value: 'C003' },
      { ok: true, value: 'C014' },
    ]);
  });

  it('interleave on a site with two issuing PCs', () => {
    const a = [0, 1, 2].map((o) => ticketNumber('H', { slot: 0, slots: 2 }, o));
    const b = [0, 1, 2].map((o) => ticketNumber('H', { slot: 1, slots: 2 }, o));
    expect(a.map((r) => r.ok && r.value)).toEqual(['H001', 'H003', 'H005']);
    expect(b.map((r) => r.ok && r.value)).toEqual(['H002', 'H004', 'H006']);
  });

  it('say so when a PC runs out of numbers rather than repeat one', () => {
    expect(ticketNumber('C', { slot: 0, slots: 1 }, 999)).toMatchObject({ ok: false, error: { code: 'numbers-exhausted' } });
    expect(ticketNumber('C', { slot: 2, slots: 2 }, 0)).toMatchObject({ ok: false, error: { code: 'bad-slot' } });
  });

  it('never collide between PCs of one site, however many each issues offline (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 9 })
          .chain((slots) =>
            fc.tuple(fc.constant(slots), fc.array(fc.integer({ min: 0, max: Math.floor(999 / slots) - 1 }), { minLength: slots, maxLength: slots })),
          ),
        ([slots, counts]) => {
          const seen = new Set<string>();
          counts.forEach((count, slot) => {
            for (let o = 0; o <= count; o++) {
              const r = ticketNumber('C', { slot, slots }, o);
              if (!r.ok) throw new Error(r.error.message);
              expect(seen.has(r.value)).toBe(false);
              seen.add(r.value);
            }
          });
        },
      ),
    );
  });
});
