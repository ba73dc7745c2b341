import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COUNTER, formatHlc, initialHlc, parseHlc, receiveHlc, sendHlc } from './hlc';
import type { Hlc } from './hlc';
import { unwrap } from '../testing/scenario';

const NODE_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const NODE_B = 'bbbbbbbb-0000-4000-8000-000000000002';

describe('hybrid logical clock', () => {
  it('follows the wall clock, and counts within one millisecond', () => {
    let c = initialHlc(NODE_A);
    c = unwrap(sendHlc(c, 1000));
    expect(c).toEqual({ millis: 1000, counter: 0, node: NODE_A });
    c = unwrap(sendHlc(c, 1000));
    expect(c.counter).toBe(1);
    c = unwrap(sendHlc(c, 2000));
    expect(c).toMatchObject({ millis: 2000, counter: 0 });
  });

  it('never goes backwards when the wall clock does', () => {
    let c = unwrap(sendHlc(initialHlc(NODE_A), 5000));
    const later = unwrap(sendHlc(c, 4000)); // clock stepped back a second
    expect(formatHlc(later) > formatHlc(c)).toBe(true);
    c = later;
  });

  it('orders after a remote event, and follows a remote clock far ahead without refusing it', () => {
    const local = unwrap(sendHlc(initialHlc(NODE_A), 10_000));
    const remote = formatHlc({ millis: 10_000 + 5 * 60_000, counter: 3, node: NODE_B });
    const r = unwrap(receiveHlc(local, remote, 10_000));
    expect(r).toEqual({ millis: 10_000 + 5 * 60_000, counter: 4, node: NODE_A });
    expect(formatHlc(r) > remote).toBe(true);
    const behind = unwrap(receiveHlc(local, formatHlc({ millis: 2_000, counter: 7, node: NODE_B }), 10_000));
    expect(behind).toEqual({ millis: 10_000, counter: 1, node: NODE_A });
  });

  it('gives a counter-overflow error rather than a wrong order', () => {
    const full: Hlc = { millis: 1000, counter: MAX_COUNTER, node: NODE_A };
    const r = sendHlc(full, 1000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('counter-overflow');
  });

  it('refuses a malformed stamp with a reason', () => {
    const r = receiveHlc(initialHlc(NODE_A), 'yesterday', 0);
    expect(r).toMatchObject({ ok: false, error: { code: 'malformed' } });
  });

  it('string order is time order (property)', () => {
    const hlc = fc.record({
      millis: fc.integer({ min: 0, max: 2 ** 45 }),
      counter: fc.integer({ min: 0, max: MAX_COUNTER }),
      node: fc.constantFrom(NODE_A, NODE_B),
    });
    fc.assert(
      fc.property(hlc, hlc, (a, b) => {
        const byFields = a.millis - b.millis || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
        const byString = formatHlc(a) < formatHlc(b) ? -1 : formatHlc(a) > formatHlc(b) ? 1 : 0;
        expect(Math.sign(byFields)).toBe(byString);
        expect(unwrap(parseHlc(formatHlc(a)))).toEqual(a);
      }),
    );
  });

  it('every stamp a device makes sorts after the ones before it and after what it received (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 })), { maxLength: 60 }), (steps) => {
        let c = initialHlc(NODE_A);
        let last = '';
        for (const [isReceive, now, remoteMillis] of steps) {
          if (isReceive) {
            const remote = formatHlc({ millis: remoteMillis, counter: 0, node: NODE_B });
            c = unwrap(receiveHlc(c, remote, now));
            expect(formatHlc(c) > remote).toBe(true);
          } else c = unwrap(sendHlc(c, now));
          expect(formatHlc(c) > last).toBe(true);
          last = formatHlc(c);
        }
      }),
    );
  });
});
