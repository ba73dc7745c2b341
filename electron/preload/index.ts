import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, IPC } from '../../shared/bridge/channels';
import type { BridgeApi } from '../../shared/bridge/contract';

/**
 * The only door from the page to the main process: one method per channel
 * of the contract, no generic invoke, no ipcRenderer handed to the page.
 * The main process validates every argument again; this side trusts nothing.
 */
const api: BridgeApi = {
  host: 'electron',
  getSettings: () => ipcRenderer.invoke(IPC.settingsGet),
  updateSettings: (patch) => ipcRenderer.invoke(IPC.settingsUpdate, patch),
  setToken: (token) => ipcRenderer.invoke(IPC.tokenSet, token),
  getToken: () => ipcRenderer.invoke(IPC.tokenGet),
  clearToken: () => ipcRenderer.invoke(IPC.tokenClear),
  print: (job) => ipcRenderer.invoke(IPC.printHtml, job),
  savePdf: (job) => ipcRenderer.invoke(IPC.reportPdf, job),
  openPublicScreen: (screen) => ipcRenderer.invoke(IPC.publicScreenOpen, screen),
  listMonitors: () => ipcRenderer.invoke(IPC.monitorList),
  appInfo: () => ipcRenderer.invoke(IPC.appInfo),
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
