import { canServe, compareQueue } from './call-order';
import type { DeskCover } from './call-order';
import type { Ticket } from '../tickets/state';

/** A desk as the spread sees it: its number and what it covers. */
export interface NamedDesk extends DeskCover {
  desk: string;
}

const byDesk = (a: NamedDesk, b: NamedDesk) => a.desk.localeCompare(b.desk, 'en', { numeric: true });

/**
 * Who a desk calls when its PC decides alone (offline: no claim from the endpoint, see
 * shared/queue/claims.ts). Two desks pressing Call next at the same moment see the same queue;
 * if both took the head they would call the same customer. So the desks free now (open, not
 * paused, holding nobody) are ranked by desk number, and the desk ranked r takes the r-th
 * customer of its own list, provided each customer it passes is one a desk ranked before it can
 * serve: nobody is passed over whom no one free could call. Otherwise, and for the first-ranked
 * desk, the head of the queue, as `nextTicketFor`. Online, the endpoint's claim settles a race
 * exactly and every desk takes the head.
 */
export function spreadChoice(desk: NamedDesk, freeDesks: readonly NamedDesk[], queue: readonly Ticket[]): Ticket | undefined {
  const mine = queue.filter((t) => canServe(desk, t)).sort(compareQueue);
  const ahead = freeDesks.filter((d) => byDesk(d, desk) < 0);
  const rank = Math.min(ahead.length, mine.length - 1);
  const passed = mine.slice(0, Math.max(rank, 0));
  const covered = passed.every((t) => ahead.some((d) => canServe(d, t)));
  return covered ? mine[Math.max(rank, 0)] : mine[0];
}
