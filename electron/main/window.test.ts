import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, mainWindowOptions, secureWebPreferences } from './window';
import type { BrowserWindow } from '../../test/mocks/electron';

vi.mock('electron', () => import('../../test/mocks/electron'));

describe('the main window', () => {
  it('isolates and sandboxes the renderer, with no Node', () => {
    const prefs = mainWindowOptions('/app/preload/index.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('is not throttled when minimised, so the sync it runs for the PC keeps its pace', () => {
    expect(mainWindowOptions('/app/preload/index.cjs').webPreferences?.backgroundThrottling).toBe(false);
  });

  it('is created with those options and loads the app URL', () => {
    const win = createMainWindow('/app/preload/index.cjs', 'app://reception/index.html') as unknown as BrowserWindow;
    expect(win.options.webPreferences).toEqual({ ...secureWebPreferences('/app/preload/index.cjs'), backgroundThrottling: false });
    expect(win.loadedUrl).toBe('app://reception/index.html');
  });
});
