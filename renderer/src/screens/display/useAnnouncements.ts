import { useEffect, useRef } from 'react';
import { callsToAnnounce, spokenCall } from '../../../../shared/tickets/calls';
import type { CallShown } from '../../../../shared/tickets/calls';
import { Announcer } from './announcer';
import type { SoundPort } from './announcer';
import { browserSound } from './browser-sound';

/**
 * Chimes and speaks every new call, in the order made, none dropped. Calls
 * already made when the display opened are not announced again; the first
 * call after opening on an empty day is. `calls` is undefined until the
 * day's tickets have been read.
 */
export function useAnnouncements(calls: readonly CallShown[] | undefined, soundOn: boolean, makeSound: () => SoundPort = browserSound): void {
  const announcer = useRef<Announcer | null>(null);
  const announced = useRef<Set<string> | null>(null);

  useEffect(() => {
    const a = new Announcer(makeSound());
    announcer.current = a;
    return () => {
      a.stop();
      announcer.current = null;
    };
  }, [makeSound]);

  useEffect(() => {
    if (!calls) return;
    if (announced.current === null) {
      announced.current = new Set(calls.map((c) => c.key));
      return;
    }
    for (const c of callsToAnnounce(calls, announced.current)) {
      announced.current.add(c.key);
      if (soundOn) announcer.current?.announce(spokenCall(c.number, c.desk));
    }
  }, [calls, soundOn]);
}
