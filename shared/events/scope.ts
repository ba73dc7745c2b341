import type { DomainEvent } from './schema';

/**
 * What an event is about, as one indexable string: its ticket, its desk, its
 * day, or the site's configuration. Everything in one scope is re-folded together when events from
 * other PCs arrive.
 */
export function scopeOf(e: DomainEvent): string {
  if (e.ticketId) return `ticket:${e.ticketId}`;
  if (e.type === 'site.configured') return SITE_CONFIG_SCOPE;
  if (e.type.startsWith('desk.')) return `desk:${(e.payload as { desk: string }).desk}`;
  return `day:${(e.payload as { day: string }).day}`;
}

/** Every `site.configured` event of the site, in one scope: the PC reads its configuration by it. */
export const SITE_CONFIG_SCOPE = 'site:config';
