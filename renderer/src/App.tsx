import type { BridgeApi } from '../../shared/bridge/contract';
import { BridgeContext } from './shell/BridgeContext';
import { Layout } from './shell/Layout';
import { useHashRoute } from './shell/useHashRoute';
import { SCREENS } from './screens';
import { SettingsProvider } from './app/SettingsContext';
import { SyncRunner } from './sync/SyncRunner';

export function App({ bridge }: { bridge: BridgeApi }) {
  const route = useHashRoute();
  const Screen = SCREENS[route];
  return (
    <BridgeContext.Provider value={bridge}>
      <SettingsProvider>
        <SyncRunner />
        <Layout route={route}>
          <Screen />
        </Layout>
      </SettingsProvider>
    </BridgeContext.Provider>
  );
}
