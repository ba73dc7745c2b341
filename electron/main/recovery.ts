import type { BrowserWindow, RenderProcessGoneDetails } from 'electron';

/**
 * A reception PC runs all day: when a window's renderer crashes or hangs,
 * the window comes back by itself and the reason is logged. Nothing is lost
 * by a reload: every ticket on screen was committed to IndexedDB before it
 * was shown, and the reloaded page reads it back.
 *
 * - render-process-gone (crashed, killed, out of memory…): reload at once;
 * - unresponsive: wait `hangGraceMs` for it to answer again, then end the
 *   hung renderer and reload;
 * - more than `maxReloads` reloads within `windowMs`: stop and log it, so a
 *   page that crashes on load does not spin the CPU for ever.
 */
export interface RecoveryOptions {
  name: string;
  log: (line: string) => void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  hangGraceMs?: number;
  maxReloads?: number;
  windowMs?: number;
}

export function recoverWhenStuck(win: BrowserWindow, opts: RecoveryOptions): void {
  const now = opts.now ?? Date.now;
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const hangGraceMs = opts.hangGraceMs ?? 10_000;
  const maxReloads = opts.maxReloads ?? 3;
  const windowMs = opts.windowMs ?? 60_000;
  let reloads: number[] = [];
  let hang: unknown = null;

  const reload = (why: string) => {
    if (win.isDestroyed()) return;
    const t = now();
    reloads = reloads.filter((at) => t - at < windowMs);
    if (reloads.length >= maxReloads) {
      opts.log(`${opts.name}: ${why}; not reloading: it already reloaded ${reloads.length} times in ${Math.round(windowMs / 1000)} s`);
      return;
    }
    reloads.push(t);
    opts.log(`${opts.name}: ${why}; reloading`);
    win.webContents.reload();
  };

  win.webContents.on('render-process-gone', (_event: unknown, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit') return;
    reload(`the page's process ended (${details.reason}, exit code ${details.exitCode})`);
  });
  win.on('unresponsive', () => {
    if (hang !== null) return;
    opts.log(`${opts.name}: not responding; waiting ${Math.round(hangGraceMs / 1000)} s`);
    hang = setTimer(() => {
      hang = null;
      if (win.isDestroyed()) return;
      // Ending the hung renderer fires render-process-gone, which reloads the page.
      win.webContents.forcefullyCrashRenderer();
    }, hangGraceMs);
  });
  win.on('responsive', () => {
    if (hang === null) return;
    clearTimer(hang);
    hang = null;
    opts.log(`${opts.name}: responding again`);
  });
}
