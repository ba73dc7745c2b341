import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef } from 'react';
import { useSettings } from '../app/SettingsContext';
import { useDevice } from '../app/useDevice';
import { appDb } from '../db/database';
import { flagIfClockOut } from './clock-check';
import { finishPendingDayChecks } from './day-check';
import { startSync } from './engine';
import type { SyncEngine, SyncStatus } from './engine';
import { hearOtherWindows, tellOtherWindows } from '../app/pc-channel';
import { useEndpoint } from './useEndpoint';
import { useWakeMoments } from './useWakeMoments';
import { useSyncStatus } from './useSyncStatus';

/**
 * Runs sync while this PC has an endpoint address and a device token, and
 * nudges it whenever something new waits to be sent. After each successful
 * round: when the endpoint's clock says this PC's is too far out, the day's
 * tickets it timed are flagged inaccurate (DESIGN.md §2); and an end-of-day
 * check that was waiting for the endpoint is finished. Renders nothing.
 *
 * Mounted in one window of the PC only (App.tsx): it shares its status with
 * the other windows, and hears from them when they want a round now.
 */
export function SyncRunner() {
  const { settings } = useSettings();
  const { api, ready } = useEndpoint();
  const setLocal = useSyncStatus((s) => s.set);
  const device = useDevice();
  const engine = useRef<SyncEngine | null>(null);
  const pending = useLiveQuery(() => appDb().events.where('pushed').equals(0).count(), [], 0);
  const pendingNow = useRef(pending);
  // Read at each round, so a settings change does not restart the engine.
  const latest = useRef({ device, limit: settings.thresholds.clockOffsetWarnSeconds });
  useEffect(() => {
    pendingNow.current = pending;
    latest.current = { device, limit: settings.thresholds.clockOffsetWarnSeconds };
  }, [pending, device, settings.thresholds.clockOffsetWarnSeconds]);

  const setStatus = useCallback(
    (s: SyncStatus | null) => {
      setLocal(s);
      tellOtherWindows({ kind: 'status', status: s });
    },
    [setLocal],
  );
  useEffect(
    () =>
      hearOtherWindows((m) => {
        if (m.kind === 'ask-status') tellOtherWindows({ kind: 'status', status: useSyncStatus.getState().status });
        else if (m.kind === 'nudge') engine.current?.nudge();
        else if (m.kind === 'wake') engine.current?.wake();
      }),
    [],
  );

  useEffect(() => {
    if (!ready) return;
    if (!settings.endpointUrl) return setStatus(null);
    if (!api) return setStatus({ state: 'refused', live: false, pending: pendingNow.current, lastSuccessAt: null, clockOffsetMs: null, lastError: 'no device token: add it in Settings' });
    const now = () => Date.now();
    const running = startSync({
      db: appDb(),
      deviceId: settings.deviceId,
      api,
      now,
      random: Math.random,
      onStatus: setStatus,
      onRound: async (_round, offsetMs) => {
        await flagIfClockOut(appDb(), latest.current.device, offsetMs, latest.current.limit);
        await finishPendingDayChecks(appDb(), settings.deviceId, api, now);
      },
    });
    engine.current = running;
    // Anything written before the engine existed goes now, not at the next interval.
    if (pendingNow.current > 0) running.nudge();
    return () => {
      running.stop();
      engine.current = null;
    };
  }, [api, ready, settings.endpointUrl, settings.deviceId, setStatus]);

  useEffect(() => {
    if (pending > 0) engine.current?.nudge();
  }, [pending]);

  useWakeMoments(() => engine.current?.wake());
  return null;
}
