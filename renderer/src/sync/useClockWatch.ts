import { useEffect, useRef } from 'react';
import type { DeviceContext } from '../db/commands';
import { appDb } from '../db/database';
import { hearOtherWindows } from '../app/pc-channel';
import { flagIfClockPutBack } from './clock-check';

/** Often enough that a clock put back is found before many more customers are timed; one indexed read each time. */
const WATCH_EVERY_MS = 60_000;

/**
 * Watches for this PC's clock being put back (clock-check.ts), endpoint or not: at once, when any
 * window of the PC says it woke, and every minute. Mounted beside the sync engine, in one window.
 */
export function useClockWatch(device: DeviceContext, limitSeconds: number, enabled: boolean): void {
  const latest = useRef({ device, limitSeconds });
  useEffect(() => {
    latest.current = { device, limitSeconds };
  }, [device, limitSeconds]);
  useEffect(() => {
    if (!enabled) return;
    let running = false;
    const check = () => {
      // One check at a time: a wake and the minute's tick may come together.
      if (running) return;
      running = true;
      void flagIfClockPutBack(appDb(), latest.current.device, latest.current.limitSeconds)
        .catch(() => 0)
        .finally(() => {
          running = false;
        });
    };
    check();
    const timer = setInterval(check, WATCH_EVERY_MS);
    const stop = hearOtherWindows((m) => {
      if (m.kind === 'wake') check();
    });
    return () => {
      clearInterval(timer);
      stop();
    };
  }, [enabled]);
}
