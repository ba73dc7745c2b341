import { describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/adapter';
import { REVOKED_CHANNEL } from '../devices/devices';
import { EVENTS_CHANNEL } from '../devices/ingest';
import { LiveHub, POLL_WHILE_DOWN_MS } from './live';

/** A database whose notifications the test turns off and on. */
function fakeDb() {
  const channels = new Map<string, (payload: string) => void>();
  let state: (s: 'up' | 'down') => void = () => undefined;
  const db = {
    kind: 'postgres',
    listen: async (channel: string, onPayload: (p: string) => void) => {
      channels.set(channel, onPayload);
      return async () => undefined;
    },
    onListenState: (onState: (s: 'up' | 'down') => void) => {
      state = onState;
      return () => undefined;
    },
  } as unknown as Database;
  return {
    db,
    notify: (site: string) => channels.get(EVENTS_CHANNEL)!(site),
    revoke: (device: string) => channels.get(REVOKED_CHANNEL)!(device),
    setState: (s: 'up' | 'down') => state(s),
  };
}

describe('the live hub', () => {
  it('wakes only the streams of the site a notification names', async () => {
    const f = fakeDb();
    const hub = new LiveHub(f.db);
    await hub.start();
    const a = vi.fn();
    const b = vi.fn();
    hub.subscribe('site-a', a);
    hub.subscribe('site-b', b);
    f.notify('site-a');
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 0]);
  });

  it('ends the streams of a device revoked in any process, and only that device’s', async () => {
    const f = fakeDb();
    const hub = new LiveHub(f.db);
    await hub.start();
    const endA = vi.fn();
    const endB = vi.fn();
    hub.watchDevice('pc-a', endA);
    hub.watchDevice('pc-b', endB);
    f.revoke('pc-a');
    expect([endA.mock.calls.length, endB.mock.calls.length]).toEqual([1, 0]);
  });

  it('while notifications are down: says not live and wakes every stream on a timer; when back, wakes them all at once', async () => {
    vi.useFakeTimers();
    try {
      const f = fakeDb();
      const hub = new LiveHub(f.db);
      await hub.start();
      const wake = vi.fn();
      hub.subscribe('site-a', wake);
      f.setState('down');
      expect(hub.live).toBe(false);
      const afterDown = wake.mock.calls.length;
      vi.advanceTimersByTime(POLL_WHILE_DOWN_MS * 3);
      expect(wake.mock.calls.length - afterDown).toBe(3);
      f.setState('up');
      expect(hub.live).toBe(true);
      const afterUp = wake.mock.calls.length;
      expect(afterUp - afterDown).toBe(4);
      vi.advanceTimersByTime(POLL_WHILE_DOWN_MS * 3);
      expect(wake.mock.calls.length).toBe(afterUp);
      await hub.close();
    } finally {
      vi.useRealTimers();
    }
  });
});
