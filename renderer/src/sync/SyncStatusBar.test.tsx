import { describe, expect, it } from 'vitest';
import { at } from '../../../shared/testing/scenario';
import { describeSync } from './SyncStatusBar';
import type { SyncStatus } from '../state/sync-status';

const base: SyncStatus = { state: 'online', live: true, lastSuccessAt: at(0), clockOffsetMs: 400, lastError: null };

describe('the sync status in the header', () => {
  it('says online and live, what waits, the last sync and the clock, in words', () => {
    expect(describeSync(base, 0, 60)).toBe('● Online, live · 0 waiting to send · last sync 09:00 · clock in step');
    expect(describeSync({ ...base, clockOffsetMs: -12_300 }, 3, 60)).toBe('● Online, live · 3 waiting to send · last sync 09:00 · clock 12 s ahead');
  });

  it('warns when the clock is beyond the limit, and says why it is offline', () => {
    expect(describeSync({ ...base, clockOffsetMs: 95_000 }, 0, 60)).toContain('⚠ this PC’s clock 95 s behind: today’s waits timed here are flagged inaccurate');
    expect(describeSync({ ...base, state: 'offline', live: false, lastError: 'Failed to fetch' }, 4, 60)).toBe(
      '■ Offline · 4 waiting to send · last sync 09:00 · clock in step (Failed to fetch)',
    );
  });
});
