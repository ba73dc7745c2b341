import type { IpcArgsOf, IpcChannel } from '../../shared/bridge/contract';
import { IPC } from '../../shared/bridge/contract';

/**
 * One valid call of every IPC channel. The type makes it exhaustive: a new
 * channel in the contract does not compile here until it has a call, so the
 * tests that invoke every channel cannot silently skip one.
 */
export const VALID_CALLS: { [C in IpcChannel]: IpcArgsOf<C> } = {
  [IPC.settingsGet]: [],
  [IPC.settingsUpdate]: [{ siteName: 'Chorley Town Hall' }],
  [IPC.tokenSet]: ['oss_0123456789abcdef0123456789abcdef_secret'],
  [IPC.tokenGet]: [],
  [IPC.tokenClear]: [],
  [IPC.printHtml]: [{ html: '<p>C 014</p>', widthMm: 80 }],
  [IPC.reportPdf]: [{ html: '<h1>Q3</h1>', fileName: 'q3.pdf' }],
  [IPC.publicScreenOpen]: ['feedback'],
  [IPC.monitorList]: [],
  [IPC.appInfo]: [],
};

/** Every channel's arguments are a strict tuple: one argument too many is refused before any handler runs. */
export const withOneArgumentTooMany = (args: readonly unknown[]): unknown[] => [...args, { extra: true }];
