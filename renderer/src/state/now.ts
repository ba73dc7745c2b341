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
      // Forget the last tick: a screen opened later must start from the time then,
      // not from when the last one closed (minutes or hours before).
      snapshots.delete(resolution);
    }
  };
}

/** The same value until the next tick: React re-renders in a loop if a snapshot changes on every read. */
function snapshot(resolution: number): number {
  let v = snapshots.get(resolution);
  if (v === undefined) {
    v = Date.now();
    snapshots.set(resolution, v);
  }
  return v;
}

// One subscribe function per resolution: a new closure each render would make React
// unsubscribe and resubscribe on every render.
const subscribers = new Map<number, (fn: () => void) => () => void>();
function subscriberFor(resolution: number) {
  let s = subscribers.get(resolution);
  if (!s) {
    s = (fn) => subscribe(resolution, fn);
    subscribers.set(resolution, s);
  }
  return s;
}

export function useNow(resolutionMs = 1000): number {
  return useSyncExternalStore(subscriberFor(resolutionMs), () => snapshot(resolutionMs));
}
