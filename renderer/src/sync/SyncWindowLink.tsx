import { useEffect } from 'react';
import { useUnsentCount } from '../data/hooks';
import { hearOtherWindows, hearStorageChanges, tellEveryWindow, tellOtherWindows } from '../app/pc-channel';
import { useSyncStatus } from '../state/sync-status';
import { TOKEN_KEY } from '../bridge/web';
import { useWakeMoments } from './useWakeMoments';

/**
 * In every window of the PC, syncing or not (pc-channel.ts): shows the
 * syncing window's status here, asks the syncing window (this one or
 * another) for a round when something waits to be sent or the PC woke, and
 * picks up a token saved in another window. Renders nothing.
 */
export function SyncWindowLink() {
  const setStatus = useSyncStatus((s) => s.set);
  const tokenChanged = useSyncStatus((s) => s.tokenChanged);
  useEffect(() => {
    const stop = hearOtherWindows((m) => {
      if (m.kind === 'status') setStatus(m.status);
      else if (m.kind === 'token-changed') tokenChanged();
    });
    // In the web build the token is in localStorage: read it again once the change has arrived here.
    const stopStorage = hearStorageChanges(TOKEN_KEY, tokenChanged);
    tellOtherWindows({ kind: 'ask-status' });
    return () => {
      stop();
      stopStorage();
    };
  }, [setStatus, tokenChanged]);

  // Dexie tells every window about a write, but holds the news back from a hidden one until it is
  // shown: each window asks for the round itself when something waits to be sent, or the PC wakes.
  const pending = useUnsentCount();
  useEffect(() => {
    if (pending > 0) tellEveryWindow({ kind: 'nudge' });
  }, [pending]);
  useWakeMoments(() => tellEveryWindow({ kind: 'wake' }));
  return null;
}
