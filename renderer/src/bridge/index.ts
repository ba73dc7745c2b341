import { BRIDGE_GLOBAL } from '../../../shared/bridge/channels';
import type { BridgeApi } from '../../../shared/bridge/contract';
import { wrapElectronBridge } from './preload-bridge';
import { createWebBridge } from './web';

/** Chosen once at start: the preload's bridge if Electron put one on window, else the web bridge. */
export function chooseBridge(w: Window = window): BridgeApi {
  const exposed = (w as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  if (exposed && typeof exposed === 'object') return wrapElectronBridge(exposed as BridgeApi);
  return createWebBridge();
}
