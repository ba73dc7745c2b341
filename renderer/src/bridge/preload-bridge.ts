import type { BridgeApi } from '../../../shared/bridge/contract';

/**
 * Electron's ipcRenderer.invoke wraps a refused call's message in
 * "Error invoking remote method 'x': Error: …". Staff should read only the
 * reason, so each method rethrows with the prefix removed.
 */
export function wrapElectronBridge(raw: BridgeApi): BridgeApi {
  const clean =
    <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      try {
        return await fn(...a);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        throw new Error(message.replace(/^Error invoking remote method '[^']+': (\w+Error: )?/, ''));
      }
    };
  return {
    host: 'electron',
    getSettings: clean(raw.getSettings),
    updateSettings: clean(raw.updateSettings),
    setToken: clean(raw.setToken),
    getToken: clean(raw.getToken),
    clearToken: clean(raw.clearToken),
    print: clean(raw.print),
    savePdf: clean(raw.savePdf),
    openPublicScreen: clean(raw.openPublicScreen),
    listMonitors: clean(raw.listMonitors),
    appInfo: clean(raw.appInfo),
  };
}
