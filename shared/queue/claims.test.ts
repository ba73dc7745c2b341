import { describe, expect, it } from 'vitest';
import { at, site } from '../testing/scenario';
import { CLAIM_HOLD_MS, mayClaim, passedNotice, waitKey } from './claims';

describe('the wait a call claims', () => {
  it('is the segment and how many calls it has had: a recall is not a new wait, a return to the queue and a transfer are', () => {
    const s = site();
    const t = s.issue(0);
    expect(waitKey(s.ticket(t))).toBe('1.0');
    s.call(1, t);
    expect(waitKey(s.ticket(t))).toBe('1.1');
    s.recall(2, t);
    expect(waitKey(s.ticket(t))).toBe('1.1');
    s.requeue(3, t);
    s.call(4, t, '2');
    expect(waitKey(s.ticket(t))).toBe('1.2');
    s.serve(5, t, '2');
    s.transfer(6, t, 'housing', '2');
    expect(waitKey(s.ticket(t))).toBe('2.0');
  });
});

describe('who may take a wait', () => {
  const held = { desk: '1', deviceId: 'pc-a', claimedAt: at(0) };
  it('anyone when nobody holds it; its own desk again on the same PC (a retry); nobody else until the hold runs out', () => {
    expect(mayClaim(undefined, '2', 'pc-b', at(0))).toBe(true);
    expect(mayClaim(held, '1', 'pc-a', at(0) + 1)).toBe(true);
    expect(mayClaim(held, '2', 'pc-b', at(0) + CLAIM_HOLD_MS - 1)).toBe(false);
    expect(mayClaim(held, '2', 'pc-b', at(0) + CLAIM_HOLD_MS)).toBe(true);
    // The same desk number on another PC, or another desk on the same PC, is someone else.
    expect(mayClaim(held, '1', 'pc-b', at(0) + 1)).toBe(false);
    expect(mayClaim(held, '2', 'pc-a', at(0) + 1)).toBe(false);
  });
});

describe('the line a desk reads when a customer went elsewhere', () => {
  it('names each customer and their desk, in the order met, and says nothing when nobody was passed over', () => {
    expect(
      passedNotice([
        { number: 'C009', desk: '1' },
        { number: 'H002', desk: '3' },
      ]),
    ).toBe('C 009 had just gone to desk 1. H 002 had just gone to desk 3.');
    expect(passedNotice([])).toBe('');
  });
});
