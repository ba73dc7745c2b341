import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetElectron } from '../../test/mocks/electron';
import { recoverWhenStuck } from './recovery';

vi.mock('electron', () => import('../../test/mocks/electron'));

beforeEach(() => resetElectron());

function watched(opts: { now?: () => number } = {}) {
  const win = new BrowserWindow({});
  const log: string[] = [];
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  recoverWhenStuck(win as unknown as Electron.BrowserWindow, {
    name: 'main window',
    log: (l) => log.push(l),
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => {
      (t as { cleared: boolean }).cleared = true;
    },
    ...opts,
  });
  return { win, log, timers };
}

describe('a window whose page crashes or hangs', () => {
  it('reloads after its renderer is gone, and says why', () => {
    const { win, log } = watched();
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);
    expect(log).toEqual(["main window: the page's process ended (crashed, exit code 139); reloading"]);
  });

  it('does nothing when the page ended cleanly (the window is closing)', () => {
    const { win, log } = watched();
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(win.webContents.reload).not.toHaveBeenCalled();
    expect(log).toEqual([]);
  });

  it('gives a hung page time to answer, then ends it and reloads', () => {
    const { win, log, timers } = watched();
    win.emit('unresponsive');
    win.emit('unresponsive');
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBe(10_000);
    expect(win.webContents.reload).not.toHaveBeenCalled();
    timers[0]!.fn();
    expect(win.webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);
    expect(log).toEqual(['main window: not responding; waiting 10 s', "main window: the page's process ended (killed, exit code 9); reloading"]);
  });

  it('leaves a page that answers again within the grace alone', () => {
    const { win, log, timers } = watched();
    win.emit('unresponsive');
    win.emit('responsive');
    expect(timers[0]!.cleared).toBe(true);
    expect(win.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(log.at(-1)).toBe('main window: responding again');
    win.emit('unresponsive');
    expect(timers).toHaveLength(2);
  });

  it('stops reloading a page that keeps crashing, and says so; tries again after a quiet minute', () => {
    let t = 0;
    const { win, log } = watched({ now: () => t });
    for (let i = 0; i < 4; i++) {
      win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
      t += 5_000;
    }
    expect(win.webContents.reload).toHaveBeenCalledTimes(3);
    expect(log.at(-1)).toBe("main window: the page's process ended (oom, exit code 1); not reloading: it already reloaded 3 times in 60 s");
    t += 60_000;
    win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(win.webContents.reload).toHaveBeenCalledTimes(4);
  });

  it('does not touch a window already destroyed', () => {
    const { win, timers } = watched();
    win.emit('unresponsive');
    win.destroyed = true;
    timers[0]!.fn();
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(win.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(win.webContents.reload).not.toHaveBeenCalled();
  });
});
