import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startApp } from './app';
import { CONTENT_SECURITY_POLICY } from './security';
import { BrowserWindow, FakeWebContents, app, ipcEvent, ipcMain, protocol, resetElectron, session } from '../../test/mocks/electron';
import { VALID_CALLS, withOneArgumentTooMany } from '../../test/support/ipc-calls';
import { IpcArgs } from '../../shared/bridge/contract';

vi.mock('electron', () => import('../../test/mocks/electron'));

const paths = { rendererRoot: '/app/renderer', preloadPath: '/app/preload/index.cjs' };
const ready = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => resetElectron());

/**
 * The whole main process, started against the fake electron: if any step of
 * the hardening is dropped from startApp, one of these fails.
 */
describe('startApp', () => {
  it('quits at once if another copy is running', () => {
    app.gotLock = false;
    startApp(paths);
    expect(app.quit).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
  });

  it('a second start focuses the window already open instead of opening a second writer', async () => {
    startApp(paths);
    await ready();
    const win = BrowserWindow.instances[0]!;
    win.isMinimized.mockReturnValue(true);
    app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('reloads the main window when its page crashes, and logs why', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    startApp(paths);
    await ready();
    const win = BrowserWindow.instances[0]!;
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining("main window: the page's process ended (crashed, exit code 11); reloading"));
    errors.mockRestore();
  });

  it('opens one isolated, sandboxed window on the app protocol', async () => {
    startApp(paths);
    await ready();
    expect(BrowserWindow.instances).toHaveLength(1);
    const win = BrowserWindow.instances[0]!;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: paths.preloadPath });
    expect(win.loadedUrl).toBe('app://reception/index.html');
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })]);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('denies permissions and sends the CSP on the default session', async () => {
    startApp(paths);
    await ready();
    const s = session.defaultSession;
    const granted: boolean[] = [];
    s.permissionRequestHandler?.({}, 'media', (g: boolean) => granted.push(g));
    expect(granted).toEqual([false]);
    let csp: string[] | undefined;
    s.headersHandler?.({ responseHeaders: {} }, (r: { responseHeaders: Record<string, string[]> }) => {
      csp = r.responseHeaders['Content-Security-Policy'];
    });
    expect(csp).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('blocks navigation and new windows in every web contents created', async () => {
    startApp(paths);
    await ready();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    const preventDefault = vi.fn();
    contents.emit('will-navigate', { preventDefault }, 'https://evil.example/');
    expect(preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('handles every channel of the IPC contract with a real handler, and refuses a malformed call', async () => {
    startApp(paths);
    await ready();
    const fromApp = ipcEvent('app://reception/index.html');
    for (const [channel, args] of Object.entries(VALID_CALLS)) {
      const handler = ipcMain.handlers.get(channel)!;
      const answer: unknown = await Promise.resolve().then(() => handler(fromApp, ...args));
      expect({ channel, answered: answer !== undefined }).toEqual({ channel, answered: true });
      await expect(Promise.resolve().then(() => handler(fromApp, ...withOneArgumentTooMany(args)))).rejects.toThrow(`${channel} refused`);
    }
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(IpcArgs).sort());
  });
});
