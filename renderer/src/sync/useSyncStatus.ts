import { create } from 'zustand';
import type { SyncStatus } from './engine';

/** The sync status for the header: UI state only (the events themselves are in Dexie). */
export const useSyncStatus = create<{ status: SyncStatus | null; set: (s: SyncStatus | null) => void }>()((set) => ({
  status: null,
  set: (status) => set({ status }),
}));
