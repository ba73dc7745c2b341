import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useSettings } from '../app/SettingsContext';
import { appDb } from '../db/database';
import { useDevice } from '../app/useDevice';
import { flagIfClockOut } from './clock-check';
import { useBridge } from '../shell/BridgeContext';
import { httpEndpoint } from './api';
import { startSync } from './engine';
import { useSyncStatus } from './useSyncStatus';

/**
 * Runs sync while this PC has an endpoint address and a device token, and
 * nudges it whenever something new waits to be sent. When the endpoint's
 * clock says this PC's is too far out, the day's tickets it timed are
 * flagged inaccurate (DESIGN.md §2). Renders nothing.
 */
export function SyncRunner() {
  const { settings } = useSettings();
  const bridge = useBridge();
  const setStatus = useSyncStatus((s) => s.set);
  const tokenVersion = useSyncStatus((s) => s.tokenVersion);
  const device = useDevice();
  // Read at each round, so a settings change does not restart the engine.
  const latest = useRef({ device, limit: settings.thresholds.clockOffsetWarnSeconds });
  useEffect(() => {
    latest.current = { device, limit: settings.thresholds.clockOffsetWarnSeconds };
  }, [device, settings.thresholds.clockOffsetWarnSeconds]);
  const engine = useRef<ReturnType<typeof startSync> | null>(null);
  const pending = useLiveQuery(() => appDb().events.where('pushed').equals(0).count(), [], 0);
  const pendingNow = useRef(pending);
  useEffect(() => {
    pendingNow.current = pending;
  }, [pending]);

  useEffect(() => {
    if (!settings.endpointUrl) {
      setStatus(null);
      return;
    }
    let cancelled = false;
    void bridge.getToken().then((token) => {
      if (cancelled) return;
      if (!token) return setStatus({ state: 'refused', live: false, pending: pendingNow.current, lastSuccessAt: null, clockOffsetMs: null, lastError: 'no device token: add it in Settings' });
      engine.current = startSync({
        db: appDb(),
        deviceId: settings.deviceId,
        api: httpEndpoint(settings.endpointUrl, token),
        now: () => Date.now(),
        random: Math.random,
        onStatus: setStatus,
        onRound: async (_round, offsetMs) => {
          await flagIfClockOut(appDb(), latest.current.device, offsetMs, latest.current.limit);
        },
      });
      // Anything written before the engine existed goes now, not at the next interval.
      if (pendingNow.current > 0) engine.current.nudge();
    });
    return () => {
      cancelled = true;
      engine.current?.stop();
      engine.current = null;
    };
  }, [settings.endpointUrl, settings.deviceId, bridge, setStatus, tokenVersion]);

  useEffect(() => {
    if (pending > 0) engine.current?.nudge();
  }, [pending]);
  return null;
}
