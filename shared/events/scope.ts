import type { DomainEvent } from './schema';

/**
 * What an event is about, as one indexable string: its ticket, its desk, or
 * its day. Everything in one scope is re-folded together when events from
 * other PCs arrive.
 */
export function scopeOf(e: DomainEvent): string {
  if (e.ticketId) return `ticket:${e.ticketId}`;
  if (e.type.startsWith('desk.')) return `desk:${(e.payload as { desk: string }).desk}`;
  return `day:${(e.payload as { day: string }).day}`;
}
