import { useLiveQuery } from 'dexie-react-hooks';
import { londonDay } from '../../../shared/calendar/london';
import type { DeskState } from '../../../shared/desks/desk';
import type { Ticket } from '../../../shared/tickets/state';
import { appDb } from '../db/database';
import { useNow } from '../state/clock';

/**
 * Live views of the database. Dexie re-runs a query when a transaction
 * that touches its tables commits, in this page or another of the same PC.
 * These hooks are the renderer's only read path: no copy of rows is kept
 * anywhere else.
 */
export function useToday(): string {
  return londonDay(useNow(60_000));
}

export function useTodaysTickets(): Ticket[] | undefined {
  const today = useToday();
  return useLiveQuery(() => appDb().tickets.where('day').equals(today).toArray(), [today]);
}

export function useWaitingTickets(): Ticket[] | undefined {
  return useLiveQuery(() => appDb().tickets.where('status').equals('waiting').toArray(), []);
}

export function useDesks(): DeskState[] | undefined {
  return useLiveQuery(() => appDb().desks.toArray(), []);
}

export function useTicket(id: string | null | undefined): Ticket | undefined {
  return useLiveQuery(() => (id ? appDb().tickets.get(id) : undefined), [id]);
}

/** The ticket a desk holds (called or serving), if any. */
export function useDeskTicket(desk: string | null): Ticket | undefined {
  return useLiveQuery(
    () => (desk ? appDb().tickets.where('status').anyOf('called', 'serving').filter((t) => t.desk === desk).first() : undefined),
    [desk],
  );
}
