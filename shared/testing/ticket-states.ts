import { NO_NEEDS } from '../events/schema';
import type { TicketEvent } from '../events/schema';
import { applyEvent } from '../tickets/apply';
import type { Ticket } from '../tickets/state';
import { DAY, at } from './scenario';

/**
 * One ticket (C001, Council Tax, issued at 09:00 by pc-1) in each state it
 * can be in, built with applyEvent alone, for tests that go state by state.
 */
export const TICKET_ID = '019a0000-0000-7000-8000-0000000000a1';
let seq = 0;

export function ticketEvent(type: TicketEvent['type'], payload: object, hlc: string, minute = 1): TicketEvent {
  seq += 1;
  return { id: `e${seq}`, siteId: 'test-site', deviceId: 'pc-1', deviceSeq: seq, v: 1, ticketId: TICKET_ID, hlc, at: at(minute), type, payload } as TicketEvent;
}

export const ISSUED = ticketEvent(
  'ticket.issued',
  { number: 'C001', serviceId: 'council-tax', day: DAY, needs: NO_NEEDS, priority: false, standardMinutes: 10, name: 'Jo' },
  '0100',
  0,
);

export function applied(t: Ticket | undefined, e: TicketEvent): Ticket {
  const r = applyEvent(t, e);
  if (!r.ok) throw new Error(r.error.reason);
  return r.value;
}

export function ticketStates() {
  const W = applied(undefined, ISSUED);
  const C1 = applied(W, ticketEvent('ticket.called', { desk: '1' }, '0200', 2));
  const S1 = applied(C1, ticketEvent('ticket.servingStarted', { desk: '1' }, '0300', 3));
  return {
    W,
    C1,
    S1,
    DONE: applied(S1, ticketEvent('ticket.completed', { desk: '1', outcome: 'resolved', avoidable: null, complaint: null }, '0400', 4)),
    NOSHOW: applied(C1, ticketEvent('ticket.noShow', { desk: '1' }, '0300', 3)),
    LEFT: applied(W, ticketEvent('ticket.left', {}, '0300', 3)),
    CANC: applied(W, ticketEvent('ticket.cancelled', { reason: 'issued in error' }, '0300', 3)),
    UNSEEN: applied(W, ticketEvent('ticket.unseenAtClose', { day: DAY }, '0300', 3)),
  };
}
