import { randomUUID } from 'node:crypto';
import { app, ipcMain, protocol, safeStorage, session } from 'electron';
import { registerIpcHandlers } from './ipc/handle';
import type { HandlerMap } from './ipc/handle';
import type { IpcChannel } from '../../shared/bridge/contract';
import { appHandlers, displayHandlers, printHandlers, settingsHandlers, tokenHandlers } from './ipc/domains';
import { listMonitors, openPublicWindow } from './public-window';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { APP_ORIGIN, hardenSession, hardenWebContents, isAppUrl } from './security';
import { openSettingsStore } from './settings-store';
import { openTokenVault } from './token-vault';
import { createMainWindow } from './window';
import type { BrowserWindow } from 'electron';
import { printHtml } from './printer';
import { recoverWhenStuck } from './recovery';

/** The main process's log: stderr, which the desktop session or a service manager keeps. */
const logLine = (line: string) => console.error(`[reception] ${new Date().toISOString()} ${line}`);
import { saveReportPdf } from './pdf';

export interface AppPaths {
  /** Folder holding the built renderer (index.html). */
  rendererRoot: string;
  /** The built preload script (CommonJS, so the window can stay sandboxed). */
  preloadPath: string;
  /** electron-vite's dev server, when running `electron-vite dev`. */
  devServerUrl?: string;
}

/**
 * The main process: thin wiring of plain modules. Everything it decides is
 * in those modules and tested there; this only connects them to Electron.
 */
export function startApp(paths: AppPaths): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme(protocol);

  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, paths.devServerUrl));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    handleAppProtocol(protocol, paths.rendererRoot);

    const settings = openSettingsStore({ newDeviceId: randomUUID });
    const vault = openTokenVault(safeStorage);
    const handlers: HandlerMap<IpcChannel> = {
      ...settingsHandlers(settings),
      ...tokenHandlers(vault),
      ...printHandlers(settings, printHtml, (job) => saveReportPdf(job, mainWindow)),
      ...displayHandlers(
        settings,
        (screen, monitorId) => openPublicWindow(screen, paths.preloadPath, `${paths.devServerUrl ?? `${APP_ORIGIN}/index.html`}#/${screen}`, monitorId),
        listMonitors,
      ),
      ...appHandlers(() => ({
        version: app.getVersion(),
        host: 'electron',
        secretsEncrypted: vault.encrypted,
        repairedSettings: [...settings.repaired],
      })),
    };
    registerIpcHandlers(ipcMain, handlers, (url) => isAppUrl(url, paths.devServerUrl));

    const url = paths.devServerUrl ?? `${APP_ORIGIN}/index.html`;
    mainWindow = createMainWindow(paths.preloadPath, url);
    recoverWhenStuck(mainWindow, { name: 'main window', log: logLine });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
