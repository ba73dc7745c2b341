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
}

/** Folds desk events (any order) into the latest state of each desk. */
export function foldDesks(events: readonly DeskEvent[]): Map<string, DeskState> {
  const desks = new Map<string, DeskState>();
  for (const e of [...events].sort(compareEvents)) {
    const prev = desks.get(e.payload.desk);
    switch (e.type) {
      case 'desk.signedOn':
        desks.set(e.payload.desk, { desk: e.payload.desk, deviceId: e.deviceId, status: 'open', services: e.payload.services, skills: e.payload.skills, since: e.at, lastHlc: e.hlc });
        break;
      case 'desk.paused':
        if (prev && prev.status === 'open') desks.set(prev.desk, { ...prev, status: 'paused', since: e.at, lastHlc: e.hlc });
        break;
      case 'desk.resumed':
        if (prev && prev.status === 'paused') desks.set(prev.desk, { ...prev, status: 'open', since: e.at, lastHlc: e.hlc });
        break;
      case 'desk.signedOff':
        if (prev) desks.set(prev.desk, { ...prev, status: 'closed', since: e.at, lastHlc: e.hlc });
        break;
    }
  }
  return desks;
}
