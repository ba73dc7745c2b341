import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { appDb } from '../db/database';
import { hearOtherWindows, tellOtherWindows } from '../app/pc-channel';
import { useSyncStatus } from './useSyncStatus';
import { useWakeMoments } from './useWakeMoments';

/**
 * In every window of the PC, syncing or not (pc-channel.ts): shows the
 * syncing window's status here, asks the syncing window for a round when
 * this window wrote something or the PC woke, and picks up a token saved in
 * another window. Renders nothing.
 */
export function SyncWindowLink() {
  const setStatus = useSyncStatus((s) => s.set);
  const tokenChanged = useSyncStatus((s) => s.tokenChanged);
  useEffect(() => {
    const stop = hearOtherWindows((m) => {
      if (m.kind === 'status') setStatus(m.status);
      else if (m.kind === 'token-changed') tokenChanged();
    });
    tellOtherWindows({ kind: 'ask-status' });
    return stop;
  }, [setStatus, tokenChanged]);

  // Dexie tells every window about a write, but holds the news back from a hidden one until it is
  // shown: the window that wrote asks for the round itself.
  const pending = useLiveQuery(() => appDb().events.where('pushed').equals(0).count(), [], 0);
  const before = useRef(pending);
  useEffect(() => {
    if (pending > before.current) tellOtherWindows({ kind: 'nudge' });
    before.current = pending;
  }, [pending]);

  useWakeMoments(() => tellOtherWindows({ kind: 'wake' }));
  return null;
}
