import { BrowserWindow, screen } from 'electron';
import type { Display } from 'electron';
import { recoverWhenStuck } from './recovery';
import { secureWebPreferences } from './window';

/**
 * The public calling display: a second window, full screen on the monitor
 * chosen in settings (or the first that is not the primary, or the primary
 * if there is only one). One at a time: asking again brings it forward.
 */
let displayWindow: BrowserWindow | null = null;

export function chooseDisplay(displays: readonly Display[], primaryId: number, wantedId: number | null): Display {
  return displays.find((d) => d.id === wantedId) ?? displays.find((d) => d.id !== primaryId) ?? displays.find((d) => d.id === primaryId) ?? displays[0]!;
}

export function listMonitors(): { id: number; label: string; primary: boolean }[] {
  const primary = screen.getPrimaryDisplay().id;
  return screen
    .getAllDisplays()
    .map((d, i) => ({ id: d.id, label: d.label || `Monitor ${i + 1} (${d.bounds.width}×${d.bounds.height})`, primary: d.id === primary }));
}

export function openDisplayWindow(preloadPath: string, url: string, wantedId: number | null): { opened: true; monitor: string } {
  const target = chooseDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id, wantedId);
  const monitor = target.label || `display ${target.id}`;
  if (displayWindow && !displayWindow.isDestroyed()) {
    displayWindow.setBounds(target.bounds);
    displayWindow.focus();
    return { opened: true, monitor };
  }
  displayWindow = new BrowserWindow({
    ...target.bounds,
    fullscreen: true,
    autoHideMenuBar: true,
    title: 'Calling display',
    backgroundColor: '#0b0c0c',
    webPreferences: secureWebPreferences(preloadPath),
  });
  displayWindow.on('closed', () => {
    displayWindow = null;
  });
  recoverWhenStuck(displayWindow, { name: 'calling display', log: (line) => console.error(`[reception] ${new Date().toISOString()} ${line}`) });
  void displayWindow.loadURL(url);
  return { opened: true, monitor };
}
