import { eventContent } from '../events/canonical';

/**
 * What a day's digest is computed over, the same on the PC (WebCrypto) and
 * the endpoint (node:crypto): one line per event, sorted by id, each the id
 * and the event's content (canonical, without the customer's name, which
 * retention removes). Two sides with the same events get the same digest; a
 * missing event, or one held with different content, does not.
 */
export function dayDigestInput(events: readonly { id: string }[]): string {
  // A day's log holds each id once, so "not before" is "after".
  // Stryker disable next-line EqualityOperator: with no two ids equal, < and <= order alike
  const sorted = [...events].sort((a, b) => (a.id < b.id ? -1 : 1));
  return sorted.map((e) => `${e.id}\t${eventContent(e)}`).join('\n');
}
