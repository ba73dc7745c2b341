import { useEffect, useRef } from 'react';
import { SETTLE_MS, callsToAnnounce, speechFor } from '../../../../shared/tickets/calls';
import type { CallShown } from '../../../../shared/tickets/calls';
import { Announcer } from './announcer';
import type { SoundPort } from './announcer';
import { browserSound } from './browser-sound';

/**
 * Chimes and speaks every new call that stands, in the order made, none dropped. A new call is
 * held for `settleMs` first and spoken only if it is still current then: a call that lost to an
 * earlier one in that moment is never heard, and one that lost after it was spoken is corrected
 * aloud when the call that stands is spoken. Calls already made when the display opened are not
 * announced again; the first call after opening on an empty day is. `calls` is undefined until
 * the day's tickets have been read.
 */
export function useAnnouncements(
  calls: readonly CallShown[] | undefined,
  soundOn: boolean,
  makeSound: () => SoundPort = browserSound,
  settleMs = SETTLE_MS,
): void {
  const announcer = useRef<Announcer | null>(null);
  const announced = useRef<Set<string> | null>(null);
  const holding = useRef(new Set<string>());
  const latest = useRef(calls);
  const lastSpoken = useRef(new Map<string, { key: string; desk: string }>());
  const settleTimers = useRef(new Set<ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const a = new Announcer(makeSound());
    announcer.current = a;
    const timers = settleTimers.current;
    return () => {
      a.stop();
      announcer.current = null;
      timers.forEach(clearTimeout);
      timers.clear();
    };
  }, [makeSound]);

  useEffect(() => {
    latest.current = calls;
    if (!calls) return;
    if (announced.current === null) {
      announced.current = new Set(calls.map((c) => c.key));
      return;
    }
    const done = announced.current;
    const fresh = callsToAnnounce(calls, done).filter((c) => !holding.current.has(c.key));
    if (!fresh.length) return;
    if (!soundOn) {
      fresh.forEach((c) => done.add(c.key));
      return;
    }
    fresh.forEach((c) => holding.current.add(c.key));
    const timer = setTimeout(() => {
      settleTimers.current.delete(timer);
      const now = new Map((latest.current ?? []).map((c) => [c.key, c]));
      for (const c of fresh) {
        holding.current.delete(c.key);
        // Withdrawn (lost to an earlier call) or over (served, no-show) while held: nobody is waiting to hear it.
        if (!now.get(c.key)?.current || done.has(c.key)) continue;
        done.add(c.key);
        announcer.current?.announce(speechFor(c, lastSpoken.current.get(c.ticketId), (key) => now.has(key)));
        lastSpoken.current.set(c.ticketId, { key: c.key, desk: c.desk });
      }
    }, settleMs);
    settleTimers.current.add(timer);
  }, [calls, soundOn, settleMs]);
}
