import type { DomainEvent, TicketEvent } from '../events/schema';
import { applyEvent } from './apply';
import { laterHlc } from './state';
import type { Ticket } from './state';

/** Events sort by hlc; ties (impossible between honest devices) break by id. */
export function compareEvents(a: { hlc: string; id: string }, b: { hlc: string; id: string }): number {
  return a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

type DayClosed = Extract<DomainEvent, { type: 'day.closed' }>;

/** The day closes among `events` (anything else is ignored), in the order every PC agrees on. */
export function dayClosesOf(events: readonly DomainEvent[]): DayClosed[] {
  return events.filter((e): e is DayClosed => e.type === 'day.closed').sort(compareEvents);
}

/**
 * A ticket's state is the fold of its events in hlc order. Pure and
 * deterministic: the same set of events in any arrival order gives the same
 * ticket, duplicates included (an id seen twice counts once). Events that
 * do not fit where they fall are kept as conflicts, never thrown away
 * silently: that is how a desk learns it lost a race to call.
 *
 * Closing a day is a fact of the whole site, not only of the tickets the
 * closing PC knew: `closes` are the site's `day.closed` events (others are
 * ignored), and a ticket of that day issued before a close (by hlc) and
 * still waiting or called when the close falls is closed unseen at the
 * close's time, whichever PC folds it and whenever the close reaches it.
 * What that ticket's PC did after the close (a call made before it heard)
 * is then a conflict, as any late event is.
 */
// Stryker disable next-line ArrayDeclaration: anything but a day.closed event in `closes` is ignored (dayClosesOf)
export function foldTicket(events: readonly TicketEvent[], closes: readonly DomainEvent[] = []): Ticket | undefined {
  const sorted = [...events].sort(compareEvents);
  const closing = dayClosesOf(closes);
  let next = 0;
  let ticket: Ticket | undefined;
  let lastId: string | undefined;
  const orphans: TicketEvent[] = [];
  const closeUpTo = (e: { hlc: string; id: string } | null) => {
    // Stryker disable next-line EqualityOperator: a close and a ticket event never compare equal (their ids differ)
    while (next < closing.length && (e === null || compareEvents(closing[next]!, e) < 0)) {
      if (ticket) ticket = closedBy(ticket, closing[next]!);
      next++;
    }
  };
  for (const e of sorted) {
    if (e.id === lastId) continue;
    lastId = e.id;
    closeUpTo(e);
    const r = applyEvent(ticket, e);
    if (r.ok) ticket = r.value;
    else if (!ticket) orphans.push(e);
    else ticket = withConflict(ticket, e, r.error.reason, r.error.winnerDesk);
  }
  closeUpTo(null);
  // Events that arrived before their ticket.issued (a clock far behind) are conflicts too.
  if (ticket) for (const e of orphans) ticket = withConflict(ticket, e, 'recorded before the ticket was issued');
  return ticket;
}

/** A close of the ticket's own day and site finds it still waiting (or called, not yet at the desk): unseen at the close. */
function closedBy(t: Ticket, close: DayClosed): Ticket {
  if (close.siteId !== t.siteId || close.payload.day !== t.day || (t.status !== 'waiting' && t.status !== 'called')) return t;
  return { ...t, status: 'unseenAtClose', closedAt: close.at, desk: undefined };
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

/** Groups a log by ticket and folds each: the projection from scratch. `closes`: the sites' day closes (see foldTicket). */
// Stryker disable next-line ArrayDeclaration: anything but a day.closed event in `closes` is ignored (dayClosesOf)
export function foldAll(events: readonly TicketEvent[], closes: readonly DomainEvent[] = []): Map<string, Ticket> {
  // Each ticket is folded with the closes of its own site and day only: a year holds hundreds of closes.
  const closesOf = new Map<string, DayClosed[]>();
  for (const c of dayClosesOf(closes)) {
    const key = `${c.siteId}|${c.payload.day}`;
    // Stryker disable next-line ArrayDeclaration: foldTicket ignores anything but a day.closed event
    closesOf.set(key, [...(closesOf.get(key) ?? []), c]);
  }
  const byTicket = new Map<string, TicketEvent[]>();
  for (const e of events) {
    const list = byTicket.get(e.ticketId!);
    if (list) list.push(e);
    else byTicket.set(e.ticketId!, [e]);
  }
  const out = new Map<string, Ticket>();
  for (const [id, list] of byTicket) {
    const issued = closesOf.size ? list.find((e) => e.type === 'ticket.issued') : undefined;
    // Stryker disable next-line ArrayDeclaration: foldTicket ignores anything but a day.closed event
    const t = foldTicket(list, issued?.type === 'ticket.issued' ? (closesOf.get(`${issued.siteId}|${issued.payload.day}`) ?? []) : []);
    if (t) out.set(id, t);
  }
  return out;
}
