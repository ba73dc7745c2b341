import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Display } from 'electron';
import { chooseMonitor, listMonitors, openPublicWindow } from './public-window';
import { BrowserWindow, resetElectron } from '../../test/mocks/electron';

vi.mock('electron', () => import('../../test/mocks/electron'));

const d = (id: number) => ({ id, label: `d${id}`, bounds: { x: id * 100, y: 0, width: 100, height: 100 } }) as unknown as Display;

beforeEach(() => resetElectron());

describe('the calling display window', () => {
  it('goes on the chosen monitor, else the first that is not the primary, else the primary', () => {
    expect(chooseMonitor([d(1), d(2), d(3)], 1, 3).id).toBe(3);
    expect(chooseMonitor([d(1), d(2), d(3)], 1, 99).id).toBe(2);
    expect(chooseMonitor([d(1)], 1, null).id).toBe(1);
  });

  it('opens full screen on the waiting-room monitor, sandboxed like the main window, once', () => {
    const first = openPublicWindow('display', '/app/preload/index.cjs', 'app://reception/index.html#/display', null);
    expect(first).toEqual({ opened: true, monitor: 'Waiting room TV' });
    expect(BrowserWindow.instances).toHaveLength(1);
    const win = BrowserWindow.instances[0]!;
    expect(win.options).toMatchObject({ fullscreen: true, x: 1920, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
    expect(win.loadedUrl).toBe('app://reception/index.html#/display');
    openPublicWindow('display', '/app/preload/index.cjs', 'app://reception/index.html#/display', 1);
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(win.focus).toHaveBeenCalled();
    // Its page crashing brings it back, with the reason in the log.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('calling display: '));
    errors.mockRestore();
  });

  it('opens the desk’s feedback screen in a window of its own beside the calling display, once', () => {
    openPublicWindow('display', '/app/preload/index.cjs', 'app://reception/index.html#/display', null);
    const displays = BrowserWindow.instances.length; // 0 when the earlier test's display is still open: it is brought forward
    const r = openPublicWindow('feedback', '/app/preload/index.cjs', 'app://reception/index.html#/feedback', 2);
    expect(r).toEqual({ opened: true, monitor: 'Waiting room TV' });
    const feedback = BrowserWindow.instances.slice(displays);
    expect(feedback.map((w) => [w.options.title, w.loadedUrl])).toEqual([['Customer feedback', 'app://reception/index.html#/feedback']]);
    expect(feedback[0]!.options).toMatchObject({ fullscreen: true, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
    openPublicWindow('feedback', '/app/preload/index.cjs', 'app://reception/index.html#/feedback', 2);
    expect(BrowserWindow.instances).toHaveLength(displays + 1);
    expect(feedback[0]!.focus).toHaveBeenCalled();
  });

  it('lists the monitors for the settings screen, marking the main one', () => {
    expect(listMonitors()).toEqual([
      { id: 1, label: 'Built-in', primary: true },
      { id: 2, label: 'Waiting room TV', primary: false },
    ]);
  });
});
