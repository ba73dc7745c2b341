import { err, ok } from '../core/result';
import type { Result } from '../core/result';

/**
 * Hybrid logical clock (Kulkarni et al.), as actualbudget's crdt uses it:
 * a timestamp that follows wall time but never goes backwards, and orders
 * causally related events across devices even when their clocks disagree.
 *
 * Serialised as `PPPPPPPPPPPPPPP-CCCCC-node`: 15-digit milliseconds, 5-digit
 * counter, the device id. Plain string order is time order.
 */
export interface Hlc {
  readonly millis: number;
  readonly counter: number;
  readonly node: string;
}

export const MAX_COUNTER = 99_999;

export type HlcError = { code: 'counter-overflow'; message: string } | { code: 'malformed'; message: string };

const PATTERN = /^(\d{15})-(\d{5})-([0-9a-z-]{1,64})$/;

export function formatHlc(h: Hlc): string {
  return `${String(h.millis).padStart(15, '0')}-${String(h.counter).padStart(5, '0')}-${h.node}`;
}

export function parseHlc(s: string): Result<Hlc, HlcError> {
  const m = PATTERN.exec(s);
  if (!m) return err({ code: 'malformed', message: `not a clock stamp: ${JSON.stringify(s).slice(0, 80)}` });
  return ok({ millis: Number(m[1]), counter: Number(m[2]), node: m[3]! });
}

export function initialHlc(node: string): Hlc {
  return { millis: 0, counter: 0, node };
}

function tick(prev: Hlc, millis: number, counter: number): Result<Hlc, HlcError> {
  if (counter > MAX_COUNTER) {
    return err({ code: 'counter-overflow', message: `more than ${MAX_COUNTER} events within one millisecond of clock time on ${prev.node}` });
  }
  return ok({ millis, counter, node: prev.node });
}

/** A local event: the next stamp after `prev` at wall time `now`. */
export function sendHlc(prev: Hlc, now: number): Result<Hlc, HlcError> {
  const millis = Math.max(prev.millis, now);
  return tick(prev, millis, millis === prev.millis ? prev.counter + 1 : 0);
}

/**
 * Merge a remote stamp into our clock, so our next event sorts after it. A
 * remote clock far ahead is followed, never refused: how far a PC's clock is
 * out is measured against the endpoint's time instead (the sync client's
 * clock check), which is what flags waits as inaccurate.
 */
export function receiveHlc(prev: Hlc, remote: string, now: number): Result<Hlc, HlcError> {
  const parsed = parseHlc(remote);
  if (!parsed.ok) return parsed;
  const r = parsed.value;
  const millis = Math.max(prev.millis, r.millis, now);
  let counter: number;
  if (millis === prev.millis && millis === r.millis) counter = Math.max(prev.counter, r.counter) + 1;
  else if (millis === prev.millis) counter = prev.counter + 1;
  else if (millis === r.millis) counter = r.counter + 1;
  else counter = 0;
  return tick(prev, millis, counter);
}
