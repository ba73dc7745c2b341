import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useSettings } from '../app/SettingsContext';
import { appDb } from '../db/database';
import { useBridge } from '../shell/BridgeContext';
import { httpEndpoint } from './api';
import { startSync } from './engine';
import { useSyncStatus } from './useSyncStatus';

/**
 * Runs sync while this PC has an endpoint address and a device token, and
 * nudges it whenever something new waits to be sent. Renders nothing.
 */
export function SyncRunner() {
  const { settings } = useSettings();
  const bridge = useBridge();
  const setStatus = useSyncStatus((s) => s.set);
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
      if (cancelled || !token) return;
      engine.current = startSync({
        db: appDb(),
        deviceId: settings.deviceId,
        api: httpEndpoint(settings.endpointUrl, token),
        now: () => Date.now(),
        random: Math.random,
        onStatus: setStatus,
      });
      // Anything written before the engine existed goes now, not at the next interval.
      if (pendingNow.current > 0) engine.current.nudge();
    });
    return () => {
      cancelled = true;
      engine.current?.stop();
      engine.current = null;
    };
  }, [settings.endpointUrl, settings.deviceId, bridge, setStatus]);

  useEffect(() => {
    if (pending > 0) engine.current?.nudge();
  }, [pending]);
  return null;
}
