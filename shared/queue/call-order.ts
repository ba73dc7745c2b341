import type { Skills } from '../events/schema';
import { skillsCover } from '../needs/needs';
import { currentSegment, deadlineOf } from '../tickets/state';
import type { Ticket } from '../tickets/state';

/**
 * Who is next at a desk: among the waiting tickets the desk can serve (its
 * services, and skills for the customer's needs), the one whose deadline
 * comes first. A deadline is when the ticket's current wait reaches its
 * standard, so priority customers (shorter standard) come forward, and a
 * customer transferred in keeps a fair place.
 */
export interface DeskCover {
  services: readonly string[];
  skills: Skills;
}

// Which skills meet which needs is the needs module's: shared/needs/needs.ts.
export { skillsCover };

export function canServe(desk: DeskCover, t: Ticket): boolean {
  return t.status === 'waiting' && desk.services.includes(currentSegment(t).serviceId) && skillsCover(desk.skills, t.needs);
}

/** Queue order: earliest deadline, then earliest issue, then id (total, so every PC agrees). */
export function compareQueue(a: Ticket, b: Ticket): number {
  const d = deadlineOf(a) - deadlineOf(b);
  if (d !== 0) return d;
  // Stryker disable next-line EqualityOperator: the two differ here, so < and <= agree
  if (a.issuedHlc !== b.issuedHlc) return a.issuedHlc < b.issuedHlc ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function nextTicketFor(desk: DeskCover, queue: readonly Ticket[]): Ticket | undefined {
  let best: Ticket | undefined;
  for (const t of queue) {
    // Stryker disable next-line EqualityOperator: compareQueue is 0 only for the same ticket, so < and <= choose alike
    if (canServe(desk, t) && (!best || compareQueue(t, best) < 0)) best = t;
  }
  return best;
}

/** The waiting tickets in call order, for the queue screen. */
export function orderQueue(tickets: readonly Ticket[]): Ticket[] {
  return tickets.filter((t) => t.status === 'waiting').sort(compareQueue);
}
