import { BrowserWindow, screen } from 'electron';
import type { Display } from 'electron';
import { recoverWhenStuck } from './recovery';
import { secureWebPreferences } from './window';
import type { PublicScreen } from '../../shared/bridge/contract';

/**
 * A screen facing the public, in a second window full screen on the monitor
 * chosen in settings (or the first that is not the primary, or the primary
 * if there is only one): the calling display, or the desk's feedback screen
 * on a monitor turned to the customer. One of each at a time: asking again
 * brings it forward.
 */
const windows = new Map<PublicScreen, BrowserWindow>();
const TITLES: Record<PublicScreen, string> = { display: 'Calling display', feedback: 'Customer feedback' };

/** Electron calls a monitor a `Display`; here "display" is the calling display, so a monitor is a monitor. */
export function chooseMonitor(monitors: readonly Display[], primaryId: number, wantedId: number | null): Display {
  return monitors.find((d) => d.id === wantedId) ?? monitors.find((d) => d.id !== primaryId) ?? monitors.find((d) => d.id === primaryId) ?? monitors[0]!;
}

export function listMonitors(): { id: number; label: string; primary: boolean }[] {
  const primary = screen.getPrimaryDisplay().id;
  return screen
    .getAllDisplays()
    .map((d, i) => ({ id: d.id, label: d.label || `Monitor ${i + 1} (${d.bounds.width}×${d.bounds.height})`, primary: d.id === primary }));
}

export function openPublicWindow(screenName: PublicScreen, preloadPath: string, url: string, wantedId: number | null): { opened: true; monitor: string } {
  const target = chooseMonitor(screen.getAllDisplays(), screen.getPrimaryDisplay().id, wantedId);
  const monitor = target.label || `monitor ${target.id}`;
  const open = windows.get(screenName);
  if (open && !open.isDestroyed()) {
    open.setBounds(target.bounds);
    open.focus();
    return { opened: true, monitor };
  }
  const win = new BrowserWindow({
    ...target.bounds,
    fullscreen: true,
    autoHideMenuBar: true,
    title: TITLES[screenName],
    backgroundColor: screenName === 'display' ? '#0b0c0c' : '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  });
  windows.set(screenName, win);
  win.on('closed', () => windows.delete(screenName));
  recoverWhenStuck(win, { name: TITLES[screenName].toLowerCase(), log: (line) => console.error(`[reception] ${new Date().toISOString()} ${line}`) });
  void win.loadURL(url);
  return { opened: true, monitor };
}
