import { createContext, useContext } from 'react';
import type { BridgeApi } from '../../../shared/bridge/contract';

export const BridgeContext = createContext<BridgeApi | null>(null);

export function useBridge(): BridgeApi {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge must be used inside <BridgeContext.Provider>');
  return bridge;
}
