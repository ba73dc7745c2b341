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
  const held = await db.events
    .where('scope')
    .anyOf([...new Set(fresh.map((e) => e.scope))])
    .toArray();
  await db.events.bulkAdd(fresh);
  await foldInto(db, [...held, ...fresh]);
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
  for (const [scope, events] of byScope) {
    if (scope.startsWith('ticket:')) {
      const t = foldTicket(events as TicketEvent[]);
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
