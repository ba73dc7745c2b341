import { useEffect, useState } from 'react';
import { useSettings } from '../app/SettingsContext';
import { useBridge } from '../bridge/BridgeContext';
import { httpEndpoint } from './api';
import type { EndpointApi } from './api';
import { useSyncStatus } from '../state/sync-status';

/** The endpoint as this PC is set up to reach it (address and stored token), or null while either is missing. */
export function useEndpoint(): { api: EndpointApi | null; ready: boolean } {
  const { settings } = useSettings();
  const bridge = useBridge();
  const tokenVersion = useSyncStatus((s) => s.tokenVersion);
  const [state, setState] = useState<{ api: EndpointApi | null; ready: boolean }>({ api: null, ready: false });
  useEffect(() => {
    let cancelled = false;
    const url = settings.endpointUrl;
    void (url ? bridge.getToken() : Promise.resolve(null)).then((token) => {
      if (!cancelled) setState({ api: url && token ? httpEndpoint(url, token) : null, ready: true });
    });
    return () => {
      cancelled = true;
    };
  }, [settings.endpointUrl, bridge, tokenVersion]);
  return state;
}
