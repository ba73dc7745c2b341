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
/** Remote clocks further ahead than this are reported: staff should know. */
export const DRIFT_WARN_MS = 60_000;

export type HlcError =
  | { code: 'counter-overflow'; message: string }
  | { code: 'malformed'; message: string };

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

export interface Received {
  clock: Hlc;
  /** How far the remote stamp is ahead of our wall clock (ms); 0 if behind. */
  driftMs: number;
  /** True when the drift is beyond DRIFT_WARN_MS: shown to staff, never a rejection. */
  driftWarning: boolean;
}

/** Merge a remote stamp into our clock, so our next event sorts after it. */
export function receiveHlc(prev: Hlc, remote: string, now: number): Result<Received, HlcError> {
  const parsed = parseHlc(remote);
  if (!parsed.ok) return parsed;
  const r = parsed.value;
  const millis = Math.max(prev.millis, r.millis, now);
  let counter: number;
  if (millis === prev.millis && millis === r.millis) counter = Math.max(prev.counter, r.counter) + 1;
  else if (millis === prev.millis) counter = prev.counter + 1;
  else if (millis === r.millis) counter = r.counter + 1;
  else counter = 0;
  const next = tick(prev, millis, counter);
  if (!next.ok) return next;
  const driftMs = Math.max(0, r.millis - now);
  return ok({ clock: next.value, driftMs, driftWarning: driftMs > DRIFT_WARN_MS });
}
