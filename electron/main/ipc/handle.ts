import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IpcArgs } from '../../../shared/bridge/contract';
import type { IpcArgsOf, IpcChannel, IpcResults } from '../../../shared/bridge/contract';
import { describeIssues } from '../../../shared/settings/stored';

export type Handler<C extends IpcChannel> = (...args: IpcArgsOf<C>) => IpcResults[C] | Promise<IpcResults[C]>;
export type HandlerMap<C extends IpcChannel> = { [K in C]: Handler<K> };

export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError';
}

/**
 * Registers every channel of the contract. Each call is checked twice before
 * the handler runs: the sender must be our own page, and the arguments must
 * parse against the channel's zod schema. A refused call throws (the
 * renderer's promise rejects with the reason) and the handler never runs.
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: HandlerMap<IpcChannel>, isTrustedSender: (url: string) => boolean): void {
  for (const channel of Object.keys(IpcArgs) as IpcChannel[]) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) throw new IpcRefusedError(`${channel} refused: the request did not come from the app.`);
      const parsed = IpcArgs[channel].safeParse(args);
      if (!parsed.success) throw new IpcRefusedError(`${channel} refused: ${describeIssues(parsed.error.issues)}`);
      // The schema and the handler are keyed by the same channel; TypeScript cannot correlate them in a loop.
      const handler = handlers[channel] as (...a: unknown[]) => unknown;
      return handler(...(parsed.data as unknown[]));
    });
  }
}
