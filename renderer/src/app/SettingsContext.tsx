import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { Settings } from '../../../shared/settings/schema';
import { useBridge } from '../bridge/BridgeContext';
import { hearOtherWindows, hearStorageChanges, tellOtherWindows } from './pc-channel';
import { SETTINGS_KEY } from '../bridge/web';

interface SettingsValue {
  settings: Settings;
  reload: () => Promise<void>;
}

const SettingsContext = createContext<SettingsValue | null>(null);

/**
 * This PC's settings, read once through the bridge and re-read after a save:
 * a save in this window (`reload`) or in another window of the PC.
 */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const bridge = useBridge();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const load = useCallback(
    () =>
      bridge.getSettings().then(setSettings, (e: unknown) => {
        setFailure(e instanceof Error ? e.message : String(e));
      }),
    [bridge],
  );
  useEffect(() => {
    void load();
    const stop = hearOtherWindows((m) => {
      if (m.kind === 'settings-changed') void load();
    });
    // The web build's settings are in localStorage: read them again once another window's save has arrived here.
    const stopStorage = hearStorageChanges(SETTINGS_KEY, () => void load());
    return () => {
      stop();
      stopStorage();
    };
  }, [load]);
  const reload = useCallback(async () => {
    await load();
    tellOtherWindows({ kind: 'settings-changed' });
  }, [load]);
  if (failure) return <p role="alert">This PC’s settings could not be read: {failure}</p>;
  if (!settings) return <p role="status">Starting…</p>;
  return <SettingsContext.Provider value={{ settings, reload }}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsValue {
  const v = useContext(SettingsContext);
  if (!v) throw new Error('useSettings must be used inside <SettingsProvider>');
  return v;
}
