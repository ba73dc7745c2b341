import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The renderer runs isolated and sandboxed: it reaches the main process only
 * through the preload's narrow bridge, never through Node.
 */
export function secureWebPreferences(preloadPath: string | undefined): WebPreferences {
  return {
    ...(preloadPath ? { preload: preloadPath } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: false,
  };
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    title: 'One Stop Shop Reception',
    autoHideMenuBar: true,
    // Minimised behind the calling display, this window still syncs for the PC (renderer
    // app/OneWindowOnly.tsx): Chromium's background throttling would stretch its timers to a minute.
    webPreferences: { ...secureWebPreferences(preloadPath), backgroundThrottling: false },
  };
}

export function createMainWindow(preloadPath: string, url: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preloadPath));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(url);
  return win;
}
