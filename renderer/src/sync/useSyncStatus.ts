import { create } from 'zustand';
import type { SyncStatus } from './engine';

/**
 * The sync status for the header, and a counter bumped when the device token
 * is saved or removed (so the engine restarts with it): UI state only, the
 * events themselves are in Dexie.
 */
export const useSyncStatus = create<{ status: SyncStatus | null; tokenVersion: number; set: (s: SyncStatus | null) => void; tokenChanged: () => void }>()((set) => ({
  status: null,
  tokenVersion: 0,
  set: (status) => set({ status }),
  tokenChanged: () => set((s) => ({ tokenVersion: s.tokenVersion + 1 })),
}));
