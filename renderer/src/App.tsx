import type { BridgeApi } from '../../shared/bridge/contract';
import { BridgeContext } from './shell/BridgeContext';
import { Layout } from './shell/Layout';
import { useHashRoute } from './shell/useHashRoute';
import { SCREENS } from './screens';

export function App({ bridge }: { bridge: BridgeApi }) {
  const route = useHashRoute();
  const Screen = SCREENS[route];
  return (
    <BridgeContext.Provider value={bridge}>
      <Layout route={route}>
        <Screen />
      </Layout>
    </BridgeContext.Provider>
  );
}
