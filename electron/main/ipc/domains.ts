import { applySettingsPatch } from '../../../shared/settings/stored';
import type { AppInfo, MonitorInfo, PdfJob, PdfResult, PrintJob, PrintResult, PublicScreen } from '../../../shared/bridge/contract';
import type { SettingsStore } from '../settings-store';
import type { TokenVault } from '../token-vault';
import type { HandlerMap } from './handle';

/** Per-domain handler maps, joined into one typed map by startApp (electron/main/app.ts). */

export function settingsHandlers(store: SettingsStore): HandlerMap<'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => store.read(),
    'settings:update': (patch) => {
      const next = applySettingsPatch(store.read(), patch);
      store.write(next);
      return next;
    },
  };
}

export function tokenHandlers(vault: TokenVault): HandlerMap<'token:set' | 'token:get' | 'token:clear'> {
  return {
    'token:set': (token) => {
      vault.set(token);
      return { stored: true };
    },
    'token:get': () => vault.get(),
    'token:clear': () => {
      vault.clear();
      return { stored: false };
    },
  };
}

export function printHandlers(
  store: SettingsStore,
  print: (job: PrintJob, printerName: string) => Promise<PrintResult>,
  savePdf: (job: PdfJob) => Promise<PdfResult>,
): HandlerMap<'print:html' | 'report:pdf'> {
  return { 'print:html': (job) => print(job, store.read().printerName), 'report:pdf': (job) => savePdf(job) };
}

export function displayHandlers(
  store: SettingsStore,
  open: (screen: PublicScreen, wantedMonitorId: number | null) => { opened: true; monitor: string },
  list: () => MonitorInfo[],
): HandlerMap<'public-screen:open' | 'monitors:list'> {
  return { 'public-screen:open': (screen) => open(screen, store.read().displayMonitorId), 'monitors:list': () => list() };
}

export function appHandlers(info: () => AppInfo): HandlerMap<'app:info'> {
  return { 'app:info': () => info() };
}
