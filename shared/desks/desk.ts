import type { DeskEvent, Skills } from '../events/schema';
import { compareEvents } from '../tickets/fold';

/** A desk's session: who covers which services with which skills, and whether it is taking customers. */
export interface DeskState {
  desk: string;
  deviceId: string;
  status: 'open' | 'paused' | 'closed';
  services: string[];
  skills: Skills;
  since: number;
  lastHlc: string;
  /** The name of the PC it signed on at, when that PC has one. */
  pcName?: string;
  /** Why the desk is paused, when the advisor said ("Lunch", "Training"). */
  pauseReason?: string;
}

/** One desk event on top of the desk's state; events that do not fit are ignored. */
export function applyDeskEvent(prev: DeskState | undefined, e: DeskEvent): DeskState | undefined {
  switch (e.type) {
    case 'desk.signedOn':
      return {
        desk: e.payload.desk,
        deviceId: e.deviceId,
        status: 'open',
        services: e.payload.services,
        skills: e.payload.skills,
        since: e.at,
        lastHlc: e.hlc,
        pcName: e.payload.pcName,
      };
    case 'desk.paused':
      return prev && prev.status === 'open' ? { ...prev, status: 'paused', since: e.at, lastHlc: e.hlc, pauseReason: e.payload.reason } : prev;
    case 'desk.resumed':
      return prev && prev.status === 'paused' ? { ...prev, status: 'open', since: e.at, lastHlc: e.hlc, pauseReason: undefined } : prev;
    case 'desk.signedOff':
      return prev ? { ...prev, status: 'closed', since: e.at, lastHlc: e.hlc } : prev;
  }
}

/** Folds desk events (any order) into the latest state of each desk. */
export function foldDesks(events: readonly DeskEvent[]): Map<string, DeskState> {
  const desks = new Map<string, DeskState>();
  for (const e of [...events].sort(compareEvents)) {
    const next = applyDeskEvent(desks.get(e.payload.desk), e);
    if (next) desks.set(e.payload.desk, next);
  }
  return desks;
}
