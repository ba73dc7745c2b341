import { currentSegment, displayNumber } from '../tickets/state';
import type { Ticket } from '../tickets/state';

/**
 * Online, the endpoint arbitrates who calls a customer (docs/sync-protocol.md, "Claims"): before a
 * desk records a call it claims the wait that call would end, and only a granted claim becomes a
 * call. Offline the PC decides alone and the fold settles a late conflict (the earlier call wins).
 *
 * A wait is named by its segment (a transfer starts a new one) and how many calls that segment
 * has had (a customer sent back to the queue waits again): two desks that both see the customer
 * waiting name the same wait, and a desk that has not yet heard of a call names an old one.
 * Recalls do not count: they repeat a call, the customer is not waiting.
 */
export function waitKey(t: Ticket): string {
  return `${t.segments.length}.${currentSegment(t).calls.filter((c) => !c.recall).length}`;
}

/**
 * How long a granted claim keeps other desks off the customer. A call is recorded and sent within
 * a second of its claim; a claim whose desk then failed to record the call (its PC shut down, say)
 * must not keep the customer from every other desk for long.
 */
export const CLAIM_HOLD_MS = 15_000;

export interface HeldClaim {
  desk: string;
  deviceId: string;
  claimedAt: number;
}

/** Whether a desk may take a wait another claim may already hold: nobody has it, it is this desk's own (a retry), or the hold ran out. */
export function mayClaim(held: HeldClaim | undefined, desk: string, deviceId: string, now: number): boolean {
  if (!held) return true;
  if (held.desk === desk && held.deviceId === deviceId) return true;
  return now - held.claimedAt >= CLAIM_HOLD_MS;
}

/** A customer another desk claimed first while this desk was choosing: who, and where they went. */
export interface PassedOver {
  number: string;
  desk: string;
}

/** One line for the desk: who went elsewhere while its press was choosing. */
export function passedNotice(passed: readonly PassedOver[]): string {
  return passed.map((p) => `${displayNumber(p.number)} had just gone to desk ${p.desk}.`).join(' ');
}
