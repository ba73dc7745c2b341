import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { PrintJob } from '../../shared/bridge/contract';
import { SettingsProvider } from '../../renderer/src/app/SettingsContext';
import { createWebBridge } from '../../renderer/src/bridge/web';
import { appDb } from '../../renderer/src/db/database';
import { BridgeContext } from '../../renderer/src/bridge/BridgeContext';
import { SiteGate } from '../../renderer/src/app/SiteGate';

/** Renders a screen as the app does: the web bridge (printing goes to `onPrint`, or nowhere), this PC's settings and the site's configuration. */
export function renderScreen(ui: ReactNode, deviceId = '99999999-9999-4999-8999-999999999999', onPrint: (job: PrintJob) => void = () => {}) {
  return render(
    <BridgeContext.Provider value={createWebBridge(localStorage, () => deviceId, onPrint)}>
      <SettingsProvider>
        <SiteGate>{ui}</SiteGate>
      </SettingsProvider>
    </BridgeContext.Provider>,
  );
}

/** A clean database for the next test. */
export async function resetDb(): Promise<void> {
  appDb().close();
  await appDb().delete();
  await appDb().open();
}
