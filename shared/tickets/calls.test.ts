import { describe, expect, it } from 'vitest';
import { ALL_SKILLS, at, must, site } from '../testing/scenario';
import { callsOf, callsToAnnounce, callsTogether, recentCalls, speechFor, spokenCall, TOGETHER_MS } from './calls';
import type { CallShown } from './calls';

function call(key: string, seconds: number): CallShown {
  return { key, ticketId: key, number: key, desk: '1', at: seconds * 1000, hlc: String(seconds).padStart(6, '0'), current: true };
}

describe('the calling display’s calls', () => {
  it('lists every call of the day newest first, a recall as a call of its own', () => {
    const s = site();
    const a = s.issue(0);
    const b = s.issue(0.1, 'housing');
    s.call(1, a, '1');
    s.call(2, b, '2');
    s.recall(3, a, '1');
    const calls = callsOf([...s.pc.tickets.values()]);
    expect(calls.map((c) => [c.number, c.desk])).toEqual([
      [a.number, '1'],
      [b.number, '2'],
      [a.number, '1'],
    ]);
    expect(new Set(calls.map((c) => c.key)).size).toBe(3);
    // Only a's recall and b's call still wait for their customer.
    expect(calls.map((c) => c.current)).toEqual([true, true, false]);
  });

  it('marks a call no longer current once the customer is being served', () => {
    const s = site();
    const a = s.issue(0);
    s.call(1, a, '1');
    s.serve(2, a, '1');
    expect(callsOf([...s.pc.tickets.values()]).map((c) => c.current)).toEqual([false]);
  });

  it('puts any number of calls newest first, whatever order the tickets come in', () => {
    const s = site();
    const tickets = [0, 1, 2, 3, 4, 5].map((m) => s.issue(m * 0.1, m % 2 ? 'housing' : 'council-tax'));
    // Called in the order 3, 0, 5, 1, 4, 2 at minutes 1 to 6, each by its own desk.
    [3, 0, 5, 1, 4, 2].forEach((i, n) => {
      must(s.pc.desk(at(0.9), { type: 'signOn', desk: `d${i}`, services: ['council-tax', 'housing'], skills: ALL_SKILLS }));
      s.call(1 + n, tickets[i]!, `d${i}`, 'booked appointment');
    });
    for (const order of [
      [0, 1, 2, 3, 4, 5],
      [5, 4, 3, 2, 1, 0],
      [2, 5, 0, 3, 1, 4],
    ]) {
      const calls = callsOf(order.map((i) => s.ticket(tickets[i]!)));
      expect(calls.map((c) => c.desk)).toEqual(['d2', 'd4', 'd1', 'd5', 'd0', 'd3']);
    }
  });

  it('shows large every call made together with the newest, and no older one', () => {
    const calls = [call('d', 100), call('c', 100 - TOGETHER_MS / 1000), call('b', 99 - TOGETHER_MS / 1000), call('a', 10)];
    expect(callsTogether(calls).map((c) => c.key)).toEqual(['d', 'c']);
    expect(callsTogether([call('a', 10)]).map((c) => c.key)).toEqual(['a']);
    expect(callsTogether([])).toEqual([]);
  });

  it('leaves out of "Now calling" a customer no longer on their way (a no-show, served, finished), and lists every other call under recent', () => {
    const calls = [{ ...call('d', 100), current: false }, call('c', 95), { ...call('b', 90), desk: '2' }, { ...call('a', 10), current: false }];
    const large = callsTogether(calls);
    expect(large.map((c) => c.key)).toEqual(['c', 'b']);
    expect(recentCalls(calls, large, 8).map((c) => c.key)).toEqual(['d', 'a']);
    expect(recentCalls(calls, large, 1).map((c) => c.key)).toEqual(['d']);
    expect(callsTogether([{ ...call('a', 10), current: false }])).toEqual([]);
  });

  it('says "Correction" only for a customer last sent aloud to another desk by a call since withdrawn', () => {
    const now = { ...call('w', 9), number: 'C013', desk: '1' };
    const shown = (keys: string[]) => (k: string) => keys.includes(k);
    expect(speechFor(now, { key: 'l', desk: '2' }, shown([]))).toBe('Correction. Ticket C, 0, 1, 3. Please go to desk 1.');
    // The earlier call still stands (a recall, or a second visit's call): no correction.
    expect(speechFor(now, { key: 'l', desk: '2' }, shown(['l']))).toBe('Ticket C, 0, 1, 3. Please go to desk 1.');
    expect(speechFor(now, { key: 'l', desk: '1' }, shown([]))).toBe('Ticket C, 0, 1, 3. Please go to desk 1.');
    expect(speechFor(now, { key: 'w', desk: '2' }, shown([]))).toBe('Ticket C, 0, 1, 3. Please go to desk 1.');
    expect(speechFor(now, undefined, shown([]))).toBe('Ticket C, 0, 1, 3. Please go to desk 1.');
  });

  it('shows at most four large, the newest ones', () => {
    const calls = [6, 5, 4, 3, 2, 1].map((s) => call(`k${s}`, s));
    expect(callsTogether(calls).map((c) => c.key)).toEqual(['k6', 'k5', 'k4', 'k3']);
  });

  it('announces each call not yet announced, oldest first, so a burst is spoken in the order the desks called', () => {
    const calls = [call('d', 4), call('c', 3), call('b', 2), call('a', 1)];
    expect(callsToAnnounce(calls, new Set(['a'])).map((c) => c.key)).toEqual(['b', 'c', 'd']);
    expect(callsToAnnounce(calls, new Set(['a', 'b', 'c', 'd']))).toEqual([]);
  });

  it('does not speak a call that arrives after its customer was served', () => {
    const calls = [{ ...call('b', 2), current: false }, call('a', 1)];
    expect(callsToAnnounce(calls, new Set()).map((c) => c.key)).toEqual(['a']);
  });

  it('speaks the number digit by digit and names the desk', () => {
    expect(spokenCall('C014', '3')).toBe('Ticket C, 0, 1, 4. Please go to desk 3.');
  });
});
