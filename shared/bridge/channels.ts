/**
 * IPC channel names, `domain:verb`. Kept apart from contract.ts so the
 * sandboxed preload can import them without bundling the zod schemas.
 */
export const IPC = {
  settingsGet: 'settings:get',
  settingsUpdate: 'settings:update',
  tokenSet: 'token:set',
  tokenGet: 'token:get',
  tokenClear: 'token:clear',
  printHtml: 'print:html',
  reportPdf: 'report:pdf',
  publicScreenOpen: 'public-screen:open',
  monitorList: 'monitors:list',
  appInfo: 'app:info',
} as const;
export type IpcChannel = (typeof IPC)[keyof typeof IPC];

/** The name the preload exposes the bridge under, on `window`. */
export const BRIDGE_GLOBAL = 'receptionBridge';
