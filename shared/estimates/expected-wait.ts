import type { Needs } from '../events/schema';
import { currentSegment } from '../tickets/state';
import type { Ticket } from '../tickets/state';
import { predictCalls } from './simulate';
import type { SimulationInput } from './simulate';

/**
 * The wait to tell a new customer: where a ticket issued now would fall in
 * the simulation. null when no desk open now covers the service and needs.
 */
export function expectedWaitMs(
  arrival: { serviceId: string; needs: Needs; priority: boolean; standardMinutes: number },
  input: SimulationInput,
): number | null {
  const probeId = '\u0000new-arrival';
  // The new customer arrives after everyone already queued, even when the caller's "now" is a
  // little behind the newest ticket (a clock read every few seconds): otherwise tickets issued
  // since would be counted behind the new arrival, and the wait told would be too short.
  const arrivesAt = input.tickets.reduce((latest, t) => (t.status === 'waiting' ? Math.max(latest, currentSegment(t).queuedAt) : latest), input.now);
  const probe: Ticket = {
    id: probeId,
    siteId: '',
    number: 'Z999',
    day: '',
    needs: arrival.needs,
    priority: arrival.priority,
    issuedAt: arrivesAt,
    // Sorts after every real ticket issued at the same instant.
    issuedHlc: '\uffff',
    issuedBy: '',
    status: 'waiting',
    segments: [{ serviceId: arrival.serviceId, standardMinutes: arrival.standardMinutes, queuedAt: arrivesAt, calls: [] }],
    timingInaccurate: false,
    conflicts: [],
    lastHlc: '',
    eventCount: 0,
  };
  const at = predictCalls({ ...input, tickets: [...input.tickets, probe] }).get(probeId);
  return at === undefined ? null : Math.max(0, at - arrivesAt);
}

/**
 * The wait still to come for a customer already in the queue (the ticket just issued, on screen
 * and printed): when the simulation calls them, from now (or from their arrival, when the caller's
 * clock is a moment behind it). Not `expectedWaitMs` for their service: that is the wait of the
 * next arrival, one customer more. null when the ticket is not waiting or no open desk covers it.
 */
export function remainingWaitMs(ticket: Ticket, input: SimulationInput): number | null {
  if (ticket.status !== 'waiting') return null;
  const at = predictCalls(input).get(ticket.id);
  return at === undefined ? null : Math.max(0, at - Math.max(input.now, currentSegment(ticket).queuedAt));
}
