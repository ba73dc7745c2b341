import { z } from 'zod';
import { create } from 'zustand';

/**
 * How this PC's sync stands, as the syncing window publishes it to the
 * others (app/pc-channel.ts parses it with this schema). How many events
 * wait to be sent is not part of it: every window reads that from the
 * database itself (`useUnsentCount`).
 */
export const SyncStatusSchema = z.object({
  state: z.enum(['idle', 'online', 'offline', 'refused']),
  /** The live stream is open: other PCs' events arrive as they happen. */
  live: z.boolean(),
  lastSuccessAt: z.number().int().nullable(),
  /** Server time minus this PC's time, from the last answer (ms). */
  clockOffsetMs: z.number().int().nullable(),
  lastError: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

/**
 * The sync status for the header, and a counter bumped when the device token
 * is saved or removed (so the engine restarts with it): UI state only, the
 * events themselves are in Dexie.
 */
export const useSyncStatus = create<{ status: SyncStatus | null; tokenVersion: number; set: (s: SyncStatus | null) => void; tokenChanged: () => void }>()(
  (set) => ({
    status: null,
    tokenVersion: 0,
    set: (status) => set({ status }),
    tokenChanged: () => set((s) => ({ tokenVersion: s.tokenVersion + 1 })),
  }),
);
