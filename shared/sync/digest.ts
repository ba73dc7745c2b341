import { eventContent } from '../events/canonical';

/**
 * What a day's digest is computed over, the same on the PC (WebCrypto) and
 * the endpoint (node:crypto): one line per event, sorted by id, each the id
 * and the event's content (canonical, without the customer's name, which
 * retention removes). Two sides with the same events get the same digest; a
 * missing event, or one held with different content, does not.
 */
export function dayDigestInput(events: readonly { id: string }[]): string {
  return [...events]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => `${e.id}\t${eventContent(e)}`)
    .join('\n');
}
