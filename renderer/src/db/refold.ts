import { foldDesks } from '../../../shared/desks/desk';
import type { DeskEvent, TicketEvent } from '../../../shared/events/schema';
import { foldTicket } from '../../../shared/tickets/fold';
import type { Ticket } from '../../../shared/tickets/state';
import type { DeskState } from '../../../shared/desks/desk';
import type { ReceptionDb } from './database';
import type { StoredEvent } from './database';
import { forgetReportDays } from './report-days';

/**
 * Re-folds each scope (a ticket or a desk) from every event the log holds
 * for it. Call inside a transaction over events, tickets, desks and
 * reportDays (a re-folded day's cached report row is forgotten). One indexed read for all the scopes and
 * one bulk write per table: a page of a thousand pulled events touches a few
 * hundred tickets, and a query and a put per ticket made joining late slow.
 */
export async function refoldScopes(db: ReceptionDb, scopes: Iterable<string>): Promise<void> {
  const wanted = [...new Set(scopes)];
  if (!wanted.length) return;
  await foldInto(db, await db.events.where('scope').anyOf(wanted).toArray());
}

/**
 * Merging: the scopes' events already held are read before the new ones are
 * written, and folded together with them, so a large page is not read back.
 */
export async function addAndRefold(db: ReceptionDb, fresh: StoredEvent[]): Promise<void> {
  if (!fresh.length) return;
  const scopes = new Set(fresh.map((e) => e.scope));
  // A day's close reaches this PC: every ticket of that day still open here is folded with it
  // (shared/tickets/fold.ts), those the closing PC never heard of included.
  for (const e of fresh) if (e.type === 'day.closed') for (const id of await openTicketsOf(db, e.payload.day)) scopes.add(`ticket:${id}`);
  const held = await db.events
    .where('scope')
    .anyOf([...scopes])
    .toArray();
  await db.events.bulkAdd(fresh);
  await foldInto(db, [...held, ...fresh]);
}

function openTicketsOf(db: ReceptionDb, day: string): Promise<string[]> {
  return db.tickets
    .where('day')
    .equals(day)
    .filter((t) => t.status === 'waiting' || t.status === 'called')
    .primaryKeys();
}

/** The site's closes of the days these tickets were issued on: one indexed read of a few rows. */
async function closesOfDays(db: ReceptionDb, ticketEvents: Iterable<readonly StoredEvent[]>): Promise<StoredEvent[]> {
  const days = new Set<string>();
  for (const list of ticketEvents) for (const e of list) if (e.type === 'ticket.issued') days.add(`day:${e.payload.day}`);
  if (!days.size) return [];
  return (
    await db.events
      .where('scope')
      .anyOf([...days])
      .toArray()
  ).filter((e) => e.type === 'day.closed');
}

async function foldInto(db: ReceptionDb, events: readonly StoredEvent[]): Promise<void> {
  const byScope = new Map<string, StoredEvent[]>();
  for (const e of events) {
    const list = byScope.get(e.scope);
    if (list) list.push(e);
    else byScope.set(e.scope, [e]);
  }
  const tickets: Ticket[] = [];
  const desks: DeskState[] = [];
  const closes = await closesOfDays(
    db,
    [...byScope].flatMap(([scope, list]) => (scope.startsWith('ticket:') ? [list] : [])),
  );
  for (const [scope, events] of byScope) {
    if (scope.startsWith('ticket:')) {
      const t = foldTicket(events as TicketEvent[], closes);
      if (t) tickets.push(t);
    } else if (scope.startsWith('desk:')) {
      const state = foldDesks(events as DeskEvent[]).get(scope.slice('desk:'.length));
      if (state) desks.push(state);
    }
  }
  if (tickets.length) {
    await db.tickets.bulkPut(tickets);
    await forgetReportDays(db, tickets);
  }
  if (desks.length) await db.desks.bulkPut(desks);
}
