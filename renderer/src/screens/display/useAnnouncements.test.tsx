import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CallShown } from '../../../../shared/tickets/calls';
import type { SoundPort } from './announcer';
import { useAnnouncements } from './useAnnouncements';

function call(key: string, seconds: number, current = true): CallShown {
  return { key, ticketId: key, number: `C00${key}`, desk: '1', at: seconds * 1000, hlc: String(seconds).padStart(6, '0'), current };
}

/** Sound that finishes at once and records the words spoken. */
function spokenBy() {
  const spoken: string[] = [];
  const port: SoundPort = { chime: async () => undefined, speak: async (t) => void spoken.push(t) };
  return { spoken, make: () => port };
}

const flush = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('useAnnouncements', () => {
  it('announces the first call after the display opens on an empty day', async () => {
    const s = spokenBy();
    const { rerender } = renderHook(({ calls }) => useAnnouncements(calls, true, s.make, 0), { initialProps: { calls: undefined as CallShown[] | undefined } });
    rerender({ calls: [] });
    rerender({ calls: [call('1', 10)] });
    await flush();
    expect(s.spoken).toEqual(['Ticket C, 0, 0, 1. Please go to desk 1.']);
  });

  it('does not repeat the calls already made when it opened, and announces every call of a burst in order', async () => {
    const s = spokenBy();
    const opened = [call('1', 10)];
    const { rerender } = renderHook(({ calls }) => useAnnouncements(calls, true, s.make, 0), { initialProps: { calls: opened } });
    // Two desks at the same moment, then two more: the live query may deliver them in one change or several.
    rerender({ calls: [call('3', 21), call('2', 20), ...opened] });
    rerender({ calls: [call('5', 23), call('4', 22), call('3', 21), call('2', 20), ...opened] });
    rerender({ calls: [call('5', 23), call('4', 22), call('3', 21), call('2', 20), ...opened] });
    await flush();
    expect(s.spoken.map((t) => t.slice(7, 17))).toEqual(['C, 0, 0, 2', 'C, 0, 0, 3', 'C, 0, 0, 4', 'C, 0, 0, 5']);
  });

  it('stays silent while sound is off, and does not read out the backlog when it is turned on', async () => {
    const s = spokenBy();
    const { rerender } = renderHook(({ calls, on }) => useAnnouncements(calls, on, s.make, 0), { initialProps: { calls: [] as CallShown[], on: false } });
    rerender({ calls: [call('1', 10)], on: false });
    rerender({ calls: [call('1', 10)], on: true });
    rerender({ calls: [call('2', 20), call('1', 10)], on: true });
    await flush();
    expect(s.spoken).toEqual(['Ticket C, 0, 0, 2. Please go to desk 1.']);
  });

  it('holds a new call a moment and does not speak one withdrawn or over meanwhile', async () => {
    const s = spokenBy();
    const { rerender } = renderHook(({ calls }) => useAnnouncements(calls, true, s.make, 40), { initialProps: { calls: [] as CallShown[] } });
    rerender({ calls: [call('1', 10)] });
    // An earlier call from another PC arrives: desk 2's call stands, desk 1's is withdrawn.
    rerender({ calls: [{ ...call('2', 9), ticketId: '1', number: 'C001', desk: '2' }] });
    // And a call that the desk closed as a no-show before it was spoken.
    rerender({ calls: [{ ...call('2', 9), ticketId: '1', number: 'C001', desk: '2' }, call('3', 11)] });
    rerender({ calls: [{ ...call('2', 9), ticketId: '1', number: 'C001', desk: '2' }, call('3', 11, false)] });
    await flush(120);
    expect(s.spoken).toEqual(['Ticket C, 0, 0, 1. Please go to desk 2.']);
  });

  it('corrects aloud a call that was spoken and then lost to an earlier one', async () => {
    const s = spokenBy();
    const { rerender } = renderHook(({ calls }) => useAnnouncements(calls, true, s.make, 10), { initialProps: { calls: [] as CallShown[] } });
    rerender({ calls: [{ ...call('1', 10), desk: '2' }] });
    await flush(40);
    rerender({ calls: [{ ...call('0', 9), ticketId: '1', number: 'C001', desk: '1' }] });
    await flush(40);
    expect(s.spoken).toEqual(['Ticket C, 0, 0, 1. Please go to desk 2.', 'Correction. Ticket C, 0, 0, 1. Please go to desk 1.']);
  });
});
