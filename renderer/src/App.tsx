import type { BridgeApi } from '../../shared/bridge/contract';
import { BridgeContext } from './bridge/BridgeContext';
import { Layout } from './shell/Layout';
import { useHashRoute } from './shell/useHashRoute';
import { SCREENS } from './screens';
import { SettingsProvider } from './app/SettingsContext';
import { SyncRunner } from './sync/SyncRunner';
import { RetentionRunner } from './app/RetentionRunner';
import { ReportCacheRunner } from './app/ReportCacheRunner';
import { OneWindowOnly } from './app/OneWindowOnly';
import { SyncWindowLink } from './sync/SyncWindowLink';
import { DatabaseGate } from './app/DatabaseGate';
import { RoleHome } from './shell/RoleHome';
import { ModeWatcher } from './app/ModeWatcher';
import { SiteGate } from './app/SiteGate';

export function App({ bridge }: { bridge: BridgeApi }) {
  const route = useHashRoute();
  const Screen = SCREENS[route];
  return (
    <BridgeContext.Provider value={bridge}>
      <SettingsProvider>
        <RoleHome />
        <DatabaseGate>
          <ModeWatcher />
          <SyncWindowLink />
          {/* One window per PC syncs and purges; the others share its database and hear its status. */}
          <OneWindowOnly lock="reception-pc-duties">
            <SyncRunner />
            <RetentionRunner />
            <ReportCacheRunner />
          </OneWindowOnly>
          <Layout route={route}>
            <SiteGate>
              <Screen />
            </SiteGate>
          </Layout>
        </DatabaseGate>
      </SettingsProvider>
    </BridgeContext.Provider>
  );
}
