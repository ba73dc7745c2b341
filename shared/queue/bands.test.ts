import { describe, expect, it } from 'vitest';
import { at, site } from '../testing/scenario';
import { formatDuration, waitBand } from './bands';

describe('wait bands', () => {
  it('within until 2 minutes before the standard, near up to it, past it after', () => {
    const s = site();
    const t = s.issue(0);
    expect(waitBand(t, at(7.9), 2)).toBe('within');
    expect(waitBand(t, at(8), 2)).toBe('near');
    expect(waitBand(t, at(10), 2)).toBe('near');
    expect(waitBand(t, at(10.01), 2)).toBe('breached');
  });
  it('a priority customer (5 minutes) is near breach at 3', () => {
    const s = site();
    expect(waitBand(s.issue(0, 'council-tax', { priority: true }), at(3), 2)).toBe('near');
  });
  it('formats waits as mm:ss', () => {
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(9 * 60_000 + 7_999)).toBe('09:07');
    expect(formatDuration(75 * 60_000)).toBe('1:15:00');
  });
});
