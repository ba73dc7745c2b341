import { foldDesks } from '../../../shared/desks/desk';
import type { DeskEvent, TicketEvent } from '../../../shared/events/schema';
import { foldTicket } from '../../../shared/tickets/fold';
import type { ReceptionDb } from './database';

/** Re-folds each scope (a ticket or a desk) from every event the log holds for it. Call inside a transaction. */
export async function refoldScopes(db: ReceptionDb, scopes: Iterable<string>): Promise<void> {
  for (const scope of scopes) {
    const events = await db.events.where('scope').equals(scope).toArray();
    if (scope.startsWith('ticket:')) {
      const t = foldTicket(events as TicketEvent[]);
      if (t) await db.tickets.put(t);
    } else if (scope.startsWith('desk:')) {
      const desk = scope.slice('desk:'.length);
      const state = foldDesks(events as DeskEvent[]).get(desk);
      if (state) await db.desks.put(state);
    }
  }
}
