import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module: the real one downloads a binary on
 * import, which this machine cannot do. Each fake records what the main
 * process asked of it, so tests can check the wiring, not just the parts.
 * Use: vi.mock('electron', () => import('<path>/test/mocks/electron')) and
 * call resetElectron() in beforeEach.
 */

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  listeners = new Map<string, Listener[]>();
  on = vi.fn((name: string, fn: Listener) => {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
    return this;
  });
  once = vi.fn((name: string, fn: Listener) => this.on(name, fn));
  emit(name: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(name) ?? []).map((fn) => fn(...args));
  }
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler = vi.fn((h: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = h;
  });
  print = vi.fn((_opts: unknown, cb: (ok: boolean, reason: string) => void) => cb(true, ''));
  reload = vi.fn();
  forcefullyCrashRenderer = vi.fn(() => {
    this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
  });
  printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 fake'));
}

export class BrowserWindow extends Emitter {
  static instances: BrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  destroyed = false;
  constructor(public options: Electron.BrowserWindowConstructorOptions) {
    super();
    BrowserWindow.instances.push(this);
  }
  loadURL = vi.fn(async (url: string) => {
    this.loadedUrl = url;
  });
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isDestroyed = vi.fn(() => this.destroyed);
  setBounds = vi.fn();
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
}

function makeSession() {
  const s = {
    permissionRequestHandler: null as null | Listener,
    permissionCheckHandler: null as null | Listener,
    headersHandler: null as null | Listener,
    setPermissionRequestHandler: vi.fn((h: Listener) => {
      s.permissionRequestHandler = h;
    }),
    setPermissionCheckHandler: vi.fn((h: Listener) => {
      s.permissionCheckHandler = h;
    }),
    setDevicePermissionHandler: vi.fn(),
    webRequest: {
      onHeadersReceived: vi.fn((h: Listener) => {
        s.headersHandler = h;
      }),
    },
  };
  return s;
}

class FakeApp extends Emitter {
  userData = mkdtempSync(path.join(tmpdir(), 'oss-userdata-'));
  gotLock = true;
  private ready = Promise.resolve();
  requestSingleInstanceLock = vi.fn(() => this.gotLock);
  quit = vi.fn();
  whenReady = vi.fn(() => this.ready);
  getVersion = vi.fn(() => '0.1.0-test');
  getPath = vi.fn(() => this.userData);
  getName = vi.fn(() => 'one-stop-shop-reception');
}

export const app = new FakeApp();
export const session = { defaultSession: makeSession() };
export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle: vi.fn((channel: string, fn: Listener) => {
    ipcMain.handlers.set(channel, fn);
  }),
  on: vi.fn(),
};
export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret',
  isEncryptionAvailable: vi.fn(() => safeStorage.available),
  getSelectedStorageBackend: vi.fn(() => safeStorage.backend),
  // Reversible but not plain text, so a test can tell ciphertext from the token.
  encryptString: vi.fn((s: string) => Buffer.from(`enc:${Buffer.from(s).toString('hex')}`)),
  decryptString: vi.fn((b: Buffer) => {
    const text = b.toString();
    if (!text.startsWith('enc:')) throw new Error('cannot decrypt');
    return Buffer.from(text.slice(4), 'hex').toString();
  }),
};
export const screen = {
  displays: [
    { id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1920, height: 1080 } },
    { id: 2, label: 'Waiting room TV', bounds: { x: 1920, y: 0, width: 1920, height: 1080 } },
  ],
  getAllDisplays: vi.fn(() => screen.displays),
  getPrimaryDisplay: vi.fn(() => screen.displays[0]!),
};
export const dialog = {
  nextPath: null as string | null,
  showSaveDialog: vi.fn(async () => ({ canceled: dialog.nextPath === null, filePath: dialog.nextPath ?? undefined })),
};
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn() };
export const shell = { openPath: vi.fn() };

export function resetElectron(): void {
  app.listeners.clear();
  app.gotLock = true;
  app.userData = mkdtempSync(path.join(tmpdir(), 'oss-userdata-'));
  app.quit.mockClear();
  session.defaultSession = makeSession();
  ipcMain.handlers.clear();
  ipcMain.handle.mockClear();
  protocol.registerSchemesAsPrivileged.mockClear();
  protocol.handle.mockClear();
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  BrowserWindow.instances = [];
}

/** A fake IPC event as if sent from a frame at `url`. */
export function ipcEvent(url: string): Electron.IpcMainInvokeEvent {
  return { senderFrame: { url } } as unknown as Electron.IpcMainInvokeEvent;
}

export default { app, BrowserWindow, session, ipcMain, protocol, safeStorage, contextBridge, ipcRenderer, shell, screen, dialog };
