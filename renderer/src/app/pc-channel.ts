import { z } from 'zod';
import { SyncStatusSchema } from '../state/sync-status';

/**
 * One PC can show the app in several windows at once: the staff window and
 * the calling display in Electron, or several tabs in a browser. They share
 * one database (and Dexie tells each of them when a row changes), but only
 * one of them syncs (app/OneWindowOnly.tsx). This channel carries the rest:
 * the syncing window tells the others how sync is going; the others ask for
 * that when they open, and tell it when the PC wakes up or the network is
 * back; a save in Settings reaches every window. Messages come from another
 * window, so they are parsed like any other input; one that fails is ignored.
 */
export const PcMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status'), status: SyncStatusSchema.nullable() }),
  z.object({ kind: z.literal('ask-status') }),
  z.object({ kind: z.literal('nudge') }),
  z.object({ kind: z.literal('wake') }),
  z.object({ kind: z.literal('settings-changed') }),
  z.object({ kind: z.literal('token-changed') }),
]);
export type PcMessage = z.infer<typeof PcMessageSchema>;

const NAME = 'one-stop-shop-reception';
const listeners = new Set<(m: PcMessage) => void>();
let channel: BroadcastChannel | null | undefined;

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(NAME) : null;
  // Under Node (the component tests) a channel would keep the process alive.
  (channel as { unref?: () => void } | null)?.unref?.();
  channel?.addEventListener('message', (e: MessageEvent<unknown>) => {
    const parsed = PcMessageSchema.safeParse(e.data);
    if (parsed.success) for (const l of listeners) l(parsed.data);
  });
  return channel;
}

/** To every other window of this PC (never back to this one). */
export function tellOtherWindows(message: PcMessage): void {
  open()?.postMessage(message);
}

/** To every window of this PC, this one included: a request any window may make, such as "a sync round now". */
export function tellEveryWindow(message: PcMessage): void {
  tellOtherWindows(message);
  for (const l of listeners) l(message);
}

/** Listens to the other windows of this PC (and to `tellEveryWindow` here); returns the way to stop. */
export function hearOtherWindows(listener: (m: PcMessage) => void): () => void {
  open();
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * Calls back when another window of this PC changes browser storage (the web build keeps its
 * settings and device token there). Chromium shares localStorage between windows only eventually:
 * a window told "token changed" over the channel may still read the old value for a moment, and
 * the storage event comes once the new value is there. Electron keeps both in the main process,
 * where the channel's message is enough. Returns the way to stop.
 */
export function hearStorageChanges(key: string, onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const listener = (e: StorageEvent) => {
    // A null key: the whole storage was cleared.
    if (e.storageArea === window.localStorage && (e.key === key || e.key === null)) onChange();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
