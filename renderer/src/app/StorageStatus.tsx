import { useEffect, useState } from 'react';
import { STORAGE_FULL_EVENT } from '../db/storage-full';

const CHECK_EVERY_MS = 60_000;
/** Above this share of the browser's quota for the app, say so before a write fails. */
const NEARLY_FULL = 0.9;

type Storage = 'ok' | 'nearly-full' | 'full';

/**
 * In the header beside the sync status: nothing while there is room; a
 * warning in words when this PC's storage is nearly full (from the browser's
 * own estimate) or a write has just been refused for lack of space.
 */
export function StorageStatus() {
  const [state, setState] = useState<Storage>('ok');
  useEffect(() => {
    let refused = false;
    const check = async () => {
      const est = await navigator.storage?.estimate?.().catch(() => undefined);
      const share = est?.quota ? (est.usage ?? 0) / est.quota : 0;
      setState(refused ? 'full' : share >= NEARLY_FULL ? 'nearly-full' : 'ok');
    };
    const onWrite = (e: Event) => {
      refused = (e as CustomEvent<{ full: boolean }>).detail.full;
      void check();
    };
    window.addEventListener(STORAGE_FULL_EVENT, onWrite);
    void check();
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    return () => {
      window.removeEventListener(STORAGE_FULL_EVENT, onWrite);
      clearInterval(timer);
    };
  }, []);
  if (state === 'ok') return null;
  return (
    <span className="storage-status notice-error" role="alert" data-testid="storage-status">
      {state === 'full' ? '⚠ Storage full: new tickets and outcomes cannot be saved on this PC. Tell IT.' : '⚠ Storage nearly full on this PC. Tell IT.'}
    </span>
  );
}
