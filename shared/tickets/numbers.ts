import { err, ok } from '../core/result';
import type { Result } from '../core/result';

/**
 * Ticket numbers: the service letter and three digits ("C 014"), short to
 * say aloud and print. Unique per site per day even when PCs issue offline:
 * a PC in issuing slot s of n takes the numbers s+1, s+1+n, s+1+2n… for each
 * service, so slots never meet. A single greeter PC (n = 1) counts 1, 2, 3.
 */
export const MAX_NUMBER = 999;

export interface NumberSlot {
  slot: number;
  slots: number;
}

/**
 * @param ordinal how many tickets this PC has already issued for this
 *   service today (0 for the first): the PC's own log knows this offline.
 */
export function ticketNumber(
  letter: string,
  { slot, slots }: NumberSlot,
  ordinal: number,
): Result<string, { code: 'numbers-exhausted' | 'bad-slot'; message: string }> {
  if (!Number.isInteger(slots) || !Number.isInteger(slot) || slot < 0 || slot >= slots) {
    return err({ code: 'bad-slot', message: `issuing slot ${slot} of ${slots} is not valid; check this PC’s settings` });
  }
  const n = ordinal * slots + slot + 1;
  if (n > MAX_NUMBER) return err({ code: 'numbers-exhausted', message: `no ${letter} numbers left today on this PC` });
  return ok(`${letter}${String(n).padStart(3, '0')}`);
}
