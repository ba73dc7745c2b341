import type { AppInfo, BridgeApi, PrintJob, PrintResult } from '../../../shared/bridge/contract';
import { err, ok } from '../../../shared/core/result';
import { DeviceTokenSchema, PrintJobSchema } from '../../../shared/bridge/contract';
import { applySettingsPatch, describeIssues, readStoredSettings } from '../../../shared/settings/stored';
import type { Settings } from '../../../shared/settings/schema';

/**
 * The bridge when the renderer runs in a plain browser (tests, a wall
 * screen, `npm run web`). Settings live in localStorage under SETTINGS_KEY
 * and pass through the same schema as Electron's settings file. The device
 * token is kept in localStorage too: a browser has no safeStorage, which
 * appInfo() reports as secretsEncrypted=false so the UI can say so.
 */
export const SETTINGS_KEY = 'oss.settings.v1';
export const TOKEN_KEY = 'oss.deviceToken';

export function createWebBridge(
  storage: Storage = window.localStorage,
  newId: () => string = () => crypto.randomUUID(),
  printDocument: (job: PrintJob) => void = printInPage,
): BridgeApi {
  let repaired: string[] = [];

  function load(): Settings {
    let raw: unknown;
    try {
      raw = JSON.parse(storage.getItem(SETTINGS_KEY) ?? 'null');
    } catch {
      raw = '(unreadable)';
    }
    const result = readStoredSettings(raw, newId());
    if (result.changed) storage.setItem(SETTINGS_KEY, JSON.stringify(result.settings));
    if (result.repaired.length) repaired = result.repaired;
    return result.settings;
  }

  return {
    host: 'web',
    getSettings: async () => load(),
    updateSettings: async (patch) => {
      const next = applySettingsPatch(load(), patch);
      storage.setItem(SETTINGS_KEY, JSON.stringify(next));
      return next;
    },
    setToken: async (token) => {
      const parsed = DeviceTokenSchema.safeParse(token);
      if (!parsed.success) throw new Error(`Token not saved: ${describeIssues(parsed.error.issues)}`);
      storage.setItem(TOKEN_KEY, parsed.data);
      return { stored: true };
    },
    getToken: async () => storage.getItem(TOKEN_KEY),
    clearToken: async () => {
      storage.removeItem(TOKEN_KEY);
      return { stored: false };
    },
    print: async (job): Promise<PrintResult> => {
      const parsed = PrintJobSchema.safeParse(job);
      if (!parsed.success) return err({ message: describeIssues(parsed.error.issues) });
      printDocument(parsed.data);
      return ok(null);
    },
    savePdf: async (job) => {
      // The browser's print dialog offers "Save as PDF"; there is no file system to write to.
      printDocument({ html: job.html, widthMm: 210 });
      return ok({ printDialog: true as const });
    },
    openPublicScreen: async (screen) => {
      // A browser cannot choose a monitor: open the screen in its own window to drag there.
      window.open(`#/${screen}`, `oss-${screen}`, 'popup');
      return { opened: true, monitor: 'a new browser window' };
    },
    listMonitors: async () => [],
    appInfo: async (): Promise<AppInfo> => {
      load();
      return { version: import.meta.env.VITE_APP_VERSION ?? '0.0.0', host: 'web', secretsEncrypted: false, repairedSettings: repaired };
    },
  };
}

/**
 * Browser printing: the document's body goes into #print-root, which the
 * print stylesheet shows alone, then the browser's print dialog opens.
 * The document's own styles (sizes, borders, @page) go with it, or a
 * ticket's number prints at body size. The page's CSP refuses inline
 * <style>, even in a parsed copy, so the styles are taken out of the HTML
 * before parsing and applied as a constructed sheet while printing.
 */
const STYLE_ELEMENT = /<style[^>]*>([\s\S]*?)<\/style>/gi;

function printInPage(job: PrintJob): void {
  const root = document.getElementById('print-root');
  if (!root) return;
  const css = Array.from(job.html.matchAll(STYLE_ELEMENT), (m) => m[1]).join('\n');
  const doc = new DOMParser().parseFromString(job.html.replace(STYLE_ELEMENT, ''), 'text/html');
  doc.querySelectorAll('script, style').forEach((s) => s.remove());
  root.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
  root.style.width = `${job.widthMm}mm`;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const before = [...document.adoptedStyleSheets]; // a copy: the property is a live array
  document.adoptedStyleSheets = [...before, sheet];
  try {
    window.print();
  } finally {
    document.adoptedStyleSheets = before;
    root.replaceChildren();
  }
}
