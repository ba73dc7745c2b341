import { useSyncExternalStore } from 'react';
import { routeFromHash } from './routes';
import type { RouteId } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current screen, from the URL hash: reload keeps you where you were. */
export function useHashRoute(): RouteId {
  return useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash));
}
