import { useCallback, useEffect, useRef } from 'react';
import { useSettings } from '../app/SettingsContext';
import { useSiteSettings } from '../app/useDevice';
import { useDevice } from '../app/useDevice';
import { appDb } from '../db/database';
import { flagIfClockOut } from './clock-check';
import { finishPendingDayChecks } from './day-check';
import { startSync } from './engine';
import type { SyncEngine } from './engine';
import type { SyncStatus } from '../state/sync-status';
import { hearOtherWindows, tellOtherWindows } from '../app/pc-channel';
import { useEndpoint } from './useEndpoint';
import { useSyncStatus } from '../state/sync-status';
import { useClockWatch } from './useClockWatch';

/**
 * Runs sync while this PC has an endpoint address and a device token; any
 * window of the PC asks it for a round when something new waits to be sent
 * or the PC wakes (SyncWindowLink.tsx). After each successful
 * round: when the endpoint's clock says this PC's is too far out, the day's
 * tickets it timed are flagged inaccurate (docs/measurement.md), as they are when
 * this PC finds its clock put back (useClockWatch); and an end-of-day
 * check that was waiting for the endpoint is finished. Renders nothing.
 *
 * Mounted in one window of the PC only (App.tsx): it shares its status with
 * the other windows.
 */
export function SyncRunner() {
  const { settings } = useSettings();
  const { api, ready } = useEndpoint();
  const setLocal = useSyncStatus((s) => s.set);
  const device = useDevice();
  const engine = useRef<SyncEngine | null>(null);
  // Read at each round, so a settings change does not restart the engine.
  const limit = useSiteSettings().clockOffsetWarnSeconds;
  const latest = useRef({ device, limit });
  useEffect(() => {
    latest.current = { device, limit };
  }, [device, limit]);

  // A clock put back before any round saw it wrong is found by the PC itself, endpoint or not.
  useClockWatch(device, limit, ready && !!settings.endpointUrl && settings.mode !== 'practice');

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
    // A PC not set up yet is practising: nothing it records is ever sent.
    if (!settings.endpointUrl || settings.mode === 'practice') return setStatus(null);
    if (!api) return setStatus({ state: 'refused', live: false, lastSuccessAt: null, clockOffsetMs: null, lastError: 'no device token: add it in Settings' });
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
    // Its first round starts at once: anything written before it existed goes now.
    engine.current = running;
    return () => {
      running.stop();
      engine.current = null;
    };
  }, [api, ready, settings.endpointUrl, settings.mode, settings.deviceId, setStatus]);
  return null;
}
