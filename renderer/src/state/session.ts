import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * UI and session state only (never rows: those are in Dexie). Kept in
 * sessionStorage, so each window or tab is its own desk and a reload keeps
 * it, while a new window starts signed off.
 */
interface Session {
  /** The desk this window is signed on as, or null. */
  desk: string | null;
  /** The last ticket this window issued, to show and reprint. */
  lastIssuedId: string | null;
  /** The calling display may only make sound after someone enabled it (browser autoplay rules). */
  soundOn: boolean;
  /** The supervisor's near-breach alert sound. */
  alertMuted: boolean;
  /** Lost-call notices (by the losing event's id) the advisor has read. */
  dismissedConflicts: string[];
  dismissConflict: (eventId: string) => void;
  setAlertMuted: (muted: boolean) => void;
  setDesk: (desk: string | null) => void;
  setLastIssued: (id: string | null) => void;
  setSoundOn: (on: boolean) => void;
}

export const useSession = create<Session>()(
  persist(
    (set) => ({
      desk: null,
      lastIssuedId: null,
      soundOn: false,
      alertMuted: false,
      dismissedConflicts: [],
      dismissConflict: (id) => set((s) => ({ dismissedConflicts: [...s.dismissedConflicts, id].slice(-200) })),
      setAlertMuted: (alertMuted) => set({ alertMuted }),
      setDesk: (desk) => set({ desk }),
      setLastIssued: (lastIssuedId) => set({ lastIssuedId }),
      setSoundOn: (soundOn) => set({ soundOn }),
    }),
    {
      name: 'oss.session',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (s) => ({ desk: s.desk, lastIssuedId: s.lastIssuedId, alertMuted: s.alertMuted, dismissedConflicts: s.dismissedConflicts }),
    },
  ),
);
