import type { BridgeApi } from '../../shared/bridge/contract';
import { BridgeContext } from './bridge/BridgeContext';
import { Layout } from './shell/Layout';
import { useHashRoute } from './shell/useHashRoute';
import { Suspense, useEffect } from 'react';
import { SCREENS, WhenScreenFetched, preloadScreens } from './screens';
import { NAV_ROUTES, PUBLIC_ROUTES } from './shell/routes';
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
import { ScreenFailed } from './app/ScreenFailed';

/** How long a staff screen is shown before the other screens are fetched in the background. */
const PRELOAD_AFTER_MS = 1_000;

export function App({ bridge }: { bridge: BridgeApi }) {
  const route = useHashRoute();
  const Screen = SCREENS[route];
  const publicScreen = PUBLIC_ROUTES.includes(route);
  useEffect(() => {
    // A staff PC moves between screens: fetch them all once it has settled on one. A public screen
    // stays where it is and never loads the staff's (a display PC opened at the bare address is sent
    // to its screen at once, before this second is up).
    if (publicScreen) return;
    const soon = setTimeout(() => void preloadScreens(NAV_ROUTES.map((r) => r.id)), PRELOAD_AFTER_MS);
    return () => clearTimeout(soon);
  }, [publicScreen]);
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
          <ScreenFailed route={route}>
            {/* Until the screen's own code has arrived, only this: never a heading with no screen under it. */}
            <Suspense
              fallback={
                <p role="status" className="loading">
                  Loading…
                </p>
              }
            >
              <WhenScreenFetched route={route}>
                <Layout route={route}>
                  <SiteGate>
                    <Screen />
                  </SiteGate>
                </Layout>
              </WhenScreenFetched>
            </Suspense>
          </ScreenFailed>
        </DatabaseGate>
      </SettingsProvider>
    </BridgeContext.Provider>
  );
}
