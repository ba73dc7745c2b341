import { useEffect, useRef } from 'react';

/**
 * Calls `onWake` at the moments worth a sync round at once rather than after
 * a backoff: the browser's "online" event (navigator.onLine is not trusted to
 * say we are online, but its change is a good hint) and the page shown again
 * (the PC woke from sleep, or the window was restored).
 */
export function useWakeMoments(onWake: () => void): void {
  const latest = useRef(onWake);
  useEffect(() => {
    latest.current = onWake;
  }, [onWake]);
  useEffect(() => {
    const wake = () => {
      if (document.visibilityState === 'visible') latest.current();
    };
    window.addEventListener('online', wake);
    document.addEventListener('visibilitychange', wake);
    return () => {
      window.removeEventListener('online', wake);
      document.removeEventListener('visibilitychange', wake);
    };
  }, []);
}
