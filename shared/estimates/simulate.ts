import { canServe, nextTicketFor } from '../queue/call-order';
import type { DeskState } from '../desks/desk';
import { currentSegment, deadlineOf } from '../tickets/state';
import type { Ticket } from '../tickets/state';
import type { Needs } from '../events/schema';

/**
 * If the desks open now keep going in call order, when will each waiting
 * ticket be called? A small deterministic simulation: the desk free soonest
 * takes its next ticket, and is busy for that service's usual time. A desk
 * serving someone now is free when that customer's usual time is up (or in
 * a minute, if they are already over). Tickets no open desk can serve get
 * no prediction: that is itself worth showing.
 */
export interface SimulationInput {
  now: number;
  desks: Iterable<DeskState>;
  tickets: readonly Ticket[];
  serviceMinutes: (serviceId: string) => number;
}

export function predictCalls({ now, desks, tickets, serviceMinutes }: SimulationInput): Map<string, number> {
  const open = [...desks].filter((d) => d.status === 'open');
  const freeAt = new Map<string, number>(open.map((d) => [d.desk, now]));
  for (const t of tickets) {
    if ((t.status === 'serving' || t.status === 'called') && t.desk && freeAt.has(t.desk)) {
      const seg = currentSegment(t);
      const start = seg.servingStartedAt ?? now;
      freeAt.set(t.desk, Math.max(now + 60_000, start + serviceMinutes(seg.serviceId) * 60_000));
    }
  }
  let remaining = tickets.filter((t) => t.status === 'waiting');
  let active = open.filter((d) => remaining.some((t) => canServe(d, t)));
  const predicted = new Map<string, number>();
  while (remaining.length && active.length) {
    active.sort((a, b) => freeAt.get(a.desk)! - freeAt.get(b.desk)! || (a.desk < b.desk ? -1 : 1));
    const desk = active[0]!;
    const next = nextTicketFor(desk, remaining);
    if (!next) {
      active = active.slice(1);
      continue;
    }
    const at = freeAt.get(desk.desk)!;
    predicted.set(next.id, at);
    freeAt.set(desk.desk, at + serviceMinutes(currentSegment(next).serviceId) * 60_000);
    remaining = remaining.filter((t) => t !== next);
  }
  return predicted;
}

export interface BreachForecast {
  ticketId: string;
  number: string;
  serviceId: string;
  needs: Needs;
  priority: boolean;
  deadline: number;
  /** When it is expected to be called; null if no open desk can serve it. */
  predictedCallAt: number | null;
  /** How far past its standard it will be called (ms); 0 if within it. With no desk to call it: how far past it is already. */
  lateByMs: number;
  willBreach: boolean;
  /** Whether this is the customer's first wait (counts for the standard) or a wait after transfer. */
  wait: 'first' | 'transfer';
}

/** Waiting tickets expected to pass their standard at current staffing, soonest breach first. */
export function forecastBreaches(input: SimulationInput): BreachForecast[] {
  const predicted = predictCalls(input);
  return input.tickets
    .filter((t) => t.status === 'waiting')
    .map((t) => {
      const deadline = deadlineOf(t);
      const at = predicted.get(t.id) ?? null;
      const lateByMs = at === null ? Math.max(0, input.now - deadline) : Math.max(0, at - deadline);
      return {
        ticketId: t.id,
        number: t.number,
        serviceId: currentSegment(t).serviceId,
        needs: t.needs,
        priority: t.priority,
        deadline,
        predictedCallAt: at,
        lateByMs,
        willBreach: at === null || at > deadline,
        wait: t.segments.length > 1 ? ('transfer' as const) : ('first' as const),
      };
    })
    .filter((f) => f.willBreach)
    .sort((a, b) => a.deadline - b.deadline || (a.number < b.number ? -1 : 1));
}
