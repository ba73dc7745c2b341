/**
 * What a day's digest is computed over, the same on the PC (WebCrypto) and
 * the endpoint (node:crypto): the sha256 of the day's event ids, sorted,
 * one per line. Two sides with the same events get the same digest.
 */
export function dayDigestInput(eventIds: readonly string[]): string {
  return [...eventIds].sort().join('\n');
}
