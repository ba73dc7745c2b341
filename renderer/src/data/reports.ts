import { useLiveQuery } from 'dexie-react-hooks';
import type { Ticket } from '../../../shared/tickets/state';
import { appDb } from '../db/database';

/** Every ticket whose service day is in [from, to], inclusive. */
export function ticketsBetween(from: string, to: string): Promise<Ticket[]> {
  return appDb().tickets.where('day').between(from, to, true, true).toArray();
}

/** The same, live: re-read when a ticket changes. `from` null: no period (nothing is read). */
export function useTicketsBetween(from: string | null, to: string): Ticket[] | undefined {
  return useLiveQuery(() => (from === null ? [] : ticketsBetween(from, to)), [from, to]);
}
