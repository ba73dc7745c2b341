import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../events/canonical';
import { dayDigestInput } from './digest';

const event = (id: string, payload: Record<string, unknown>) => ({ id, type: 'ticket.issued', at: 1, payload });

describe('the day digest input', () => {
  it('does not depend on the order events or their keys arrive in', () => {
    const a = event('b', { number: 'C001', name: 'Jo' });
    const b = { payload: { name: 'Jo', number: 'C002' }, at: 1, type: 'ticket.issued', id: 'a' };
    expect(dayDigestInput([a, b])).toBe(dayDigestInput([b, a]));
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe('{"a":{"c":[3,{"e":5,"f":4}],"d":2},"b":1}');
  });

  it('is one line per event, in id order, the id then the content', () => {
    const events = ['c', 'a', 'd', 'b'].map((id) => event(id, { n: id }));
    const line = (id: string) => `${id}\t{"at":1,"id":"${id}","payload":{"n":"${id}"},"type":"ticket.issued"}`;
    expect(dayDigestInput(events)).toBe(['a', 'b', 'c', 'd'].map(line).join('\n'));
  });

  it('changes when an event is missing or its content changed, not when only a name was purged', () => {
    const day = [event('a', { number: 'C001', name: 'Jo' }), event('b', { number: 'C002' })];
    const base = dayDigestInput(day);
    expect(dayDigestInput(day.slice(1))).not.toBe(base);
    expect(dayDigestInput([event('a', { number: 'C009', name: 'Jo' }), day[1]!])).not.toBe(base);
    expect(dayDigestInput([event('a', { number: 'C001' }), day[1]!])).toBe(base);
  });
});

describe('the day digest input over a busy day', () => {
  it('is in id order however the day’s events arrive (the PC and the endpoint read them in different orders)', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `0190${String(i).padStart(4, '0')}`);
    const shuffled = [...ids];
    let seed = 7;
    for (let i = shuffled.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const j = seed % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const order = (list: string[]) =>
      dayDigestInput(list.map((id) => event(id, {})))
        .split('\n')
        .map((l) => l.split('\t')[0]);
    expect(order(shuffled)).toEqual(ids);
    expect(order([...ids].reverse())).toEqual(ids);
  });
});
