import type { DomainEvent } from '../../../shared/events/schema';
import type { Ticket } from '../../../shared/tickets/state';
import { appDb } from '../db/database';

/**
 * One-off reads for event handlers (a button pressed, a form saved), where
 * a live query would be wasted. Screens read through these and `hooks.ts`,
 * never the database itself.
 */
export function readTicket(id: string): Promise<Ticket | undefined> {
  return appDb().tickets.get(id);
}

/** This PC's events not yet sent that were written under another site than the one it is now enrolled at. */
export function unsentOfOtherSite(deviceId: string, siteId: string): Promise<DomainEvent[]> {
  return appDb()
    .events.where('pushed')
    .equals(0)
    .filter((e) => e.deviceId === deviceId && e.siteId !== siteId)
    .toArray();
}
