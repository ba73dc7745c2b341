import { useSyncExternalStore } from 'react';

/**
 * One shared clock for the page. Components that show a running time
 * subscribe with the resolution they need; a timer cell re-renders every
 * second, the list around it does not.
 */
const listeners = new Map<number, Set<() => void>>();
const timers = new Map<number, ReturnType<typeof setInterval>>();
const snapshots = new Map<number, number>();

function subscribe(resolution: number, fn: () => void): () => void {
  let set = listeners.get(resolution);
  if (!set) {
    set = new Set();
    listeners.set(resolution, set);
    snapshots.set(resolution, Date.now());
    timers.set(
      resolution,
      setInterval(() => {
        snapshots.set(resolution, Date.now());
        for (const l of listeners.get(resolution) ?? []) l();
      }, resolution),
    );
  }
  set.add(fn);
  return () => {
    set.delete(fn);
    if (set.size === 0) {
      clearInterval(timers.get(resolution));
      timers.delete(resolution);
      listeners.delete(resolution);
    }
  };
}

export function useNow(resolutionMs = 1000): number {
  return useSyncExternalStore(
    (fn) => subscribe(resolutionMs, fn),
    () => snapshots.get(resolutionMs) ?? Date.now(),
  );
}
