import type { TicketEvent } from '../events/schema';
import { applyEvent } from './apply';
import { laterHlc } from './state';
import type { Ticket } from './state';

/** Events sort by hlc; ties (impossible between honest devices) break by id. */
export function compareEvents(a: { hlc: string; id: string }, b: { hlc: string; id: string }): number {
  return a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A ticket's state is the fold of its events in hlc order. Pure and
 * deterministic: the same set of events in any arrival order gives the same
 * ticket, duplicates included (an id seen twice counts once). Events that
 * do not fit where they fall are kept as conflicts, never thrown away
 * silently: that is how a desk learns it lost a race to call.
 */
export function foldTicket(events: readonly TicketEvent[]): Ticket | undefined {
  const sorted = [...events].sort(compareEvents);
  let ticket: Ticket | undefined;
  let lastId: string | undefined;
  const orphans: TicketEvent[] = [];
  for (const e of sorted) {
    if (e.id === lastId) continue;
    lastId = e.id;
    const r = applyEvent(ticket, e);
    if (r.ok) ticket = r.value;
    else if (!ticket) orphans.push(e);
    else ticket = withConflict(ticket, e, r.error.reason, r.error.winnerDesk);
  }
  // Events that arrived before their ticket.issued (a clock far behind) are conflicts too.
  if (ticket) for (const e of orphans) ticket = withConflict(ticket, e, 'recorded before the ticket was issued');
  return ticket;
}

function withConflict(t: Ticket, e: TicketEvent, reason: string, winnerDesk?: string): Ticket {
  const desk = 'desk' in e.payload ? e.payload.desk : undefined;
  return {
    ...t,
    conflicts: [
      ...t.conflicts,
      { eventId: e.id, type: e.type, deviceId: e.deviceId, hlc: e.hlc, reason, ...(desk ? { desk } : {}), ...(winnerDesk ? { winnerDesk } : {}) },
    ],
    lastHlc: laterHlc(e.hlc, t.lastHlc),
    eventCount: t.eventCount + 1,
  };
}

/** Groups a log by ticket and folds each: the projection from scratch. */
export function foldAll(events: readonly TicketEvent[]): Map<string, Ticket> {
  const byTicket = new Map<string, TicketEvent[]>();
  for (const e of events) {
    const list = byTicket.get(e.ticketId!);
    if (list) list.push(e);
    else byTicket.set(e.ticketId!, [e]);
  }
  const out = new Map<string, Ticket>();
  for (const [id, list] of byTicket) {
    const t = foldTicket(list);
    if (t) out.set(id, t);
  }
  return out;
}
