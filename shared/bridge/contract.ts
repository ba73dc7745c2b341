import { z } from 'zod';
import { SettingsPatchSchema } from '../settings/schema';
import type { Settings } from '../settings/schema';

/**
 * The one contract between the renderer and whatever hosts it.
 *
 * In Electron each method is an IPC channel named `domain:verb`, handled in
 * electron/main/ipc/ and exposed by the preload; in a plain browser the web
 * bridge implements the same interface over localStorage and window.print.
 * To add a call: add its channel and argument schema here, its result to
 * IpcResults, a handler in the matching map of electron/main/ipc/domains.ts, and a
 * method in both bridges. The compiler points at each place you miss.
 */
import { IPC } from './channels';
import type { IpcChannel } from './channels';
import type { Result } from '../core/result';

export { IPC, BRIDGE_GLOBAL } from './channels';
export type { IpcChannel } from './channels';

/** A device token as the endpoint issues it: opaque, printable, bounded. */
export const DeviceTokenSchema = z
  .string()
  .trim()
  .min(20, 'a device token is at least 20 characters')
  .max(200, 'a device token is at most 200 characters')
  .regex(/^[A-Za-z0-9._~-]+$/, 'a device token has only letters, digits and . _ ~ -');

export const PrintJobSchema = z
  .object({
    /** A complete, self-contained HTML document (no scripts are run). */
    html: z.string().min(1).max(200_000),
    /** Paper width in millimetres; 80 for a thermal ticket roll. */
    widthMm: z.number().int().min(40).max(300),
  })
  .strict();
export type PrintJob = z.infer<typeof PrintJobSchema>;

export const PdfJobSchema = z
  .object({
    html: z.string().min(1).max(2_000_000),
    /** Suggested file name, e.g. chorley-2026-10-01-to-2026-12-31.pdf */
    fileName: z.string().regex(/^[A-Za-z0-9._-]{1,120}\.pdf$/, 'a file name ending .pdf, letters, digits, dot, dash or underscore'),
  })
  .strict();
export type PdfJob = z.infer<typeof PdfJobSchema>;

/** The screens that face the public, each in a window of its own on a monitor of its own. */
export const PUBLIC_SCREENS = ['display', 'feedback'] as const;
export type PublicScreen = (typeof PUBLIC_SCREENS)[number];

/** Argument tuples of every channel: the main process parses each call with these. */
export const IpcArgs = {
  [IPC.settingsGet]: z.tuple([]),
  [IPC.settingsUpdate]: z.tuple([SettingsPatchSchema]),
  [IPC.tokenSet]: z.tuple([DeviceTokenSchema]),
  [IPC.tokenGet]: z.tuple([]),
  [IPC.tokenClear]: z.tuple([]),
  [IPC.printHtml]: z.tuple([PrintJobSchema]),
  [IPC.reportPdf]: z.tuple([PdfJobSchema]),
  [IPC.publicScreenOpen]: z.tuple([z.enum(PUBLIC_SCREENS)]),
  [IPC.monitorList]: z.tuple([]),
  [IPC.appInfo]: z.tuple([]),
} satisfies Record<IpcChannel, z.ZodTuple>;

export interface AppInfo {
  version: string;
  host: 'electron' | 'web';
  /** Whether secrets are encrypted at rest (safeStorage in Electron). */
  secretsEncrypted: boolean;
  /** Settings fields that were invalid on disk and reset to defaults at start. */
  repairedSettings: string[];
}

export interface MonitorInfo {
  id: number;
  label: string;
  primary: boolean;
}

/** Printed, or the sentence saying why not (shared/README.md, Errors). */
export type PrintResult = Result<null, { message: string }>;
/** Saved to a file (Electron), or handed to the browser's print dialog, where the user prints or saves it. */
export type PdfResult = Result<{ savedTo: string } | { printDialog: true }, { message: string }>;

export interface IpcResults {
  [IPC.settingsGet]: Settings;
  [IPC.settingsUpdate]: Settings;
  [IPC.tokenSet]: { stored: true };
  [IPC.tokenGet]: string | null;
  [IPC.tokenClear]: { stored: false };
  [IPC.printHtml]: PrintResult;
  [IPC.reportPdf]: PdfResult;
  [IPC.publicScreenOpen]: { opened: true; monitor: string };
  [IPC.monitorList]: MonitorInfo[];
  [IPC.appInfo]: AppInfo;
}

export type IpcArgsOf<C extends IpcChannel> = z.infer<(typeof IpcArgs)[C]>;

/** What the renderer sees: `window.receptionBridge` in Electron, the web bridge elsewhere. */
export interface BridgeApi {
  readonly host: 'electron' | 'web';
  getSettings(): Promise<Settings>;
  updateSettings(patch: IpcArgsOf<'settings:update'>[0]): Promise<Settings>;
  setToken(token: string): Promise<IpcResults['token:set']>;
  getToken(): Promise<string | null>;
  clearToken(): Promise<IpcResults['token:clear']>;
  print(job: PrintJob): Promise<PrintResult>;
  /** A report as PDF: Electron renders it and asks where to save; a browser opens its print dialog (Save as PDF). */
  savePdf(job: PdfJob): Promise<PdfResult>;
  /**
   * Opens a screen that faces the public, the calling display or a desk's feedback screen: a
   * full-screen window on the configured monitor (Electron), or a new window (browser).
   */
  openPublicScreen(screen: PublicScreen): Promise<IpcResults['public-screen:open']>;
  /** The monitors the calling display can go on (none in a browser, which cannot choose). */
  listMonitors(): Promise<MonitorInfo[]>;
  appInfo(): Promise<AppInfo>;
}
