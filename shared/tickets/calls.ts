import type { Ticket } from './state';

/** One call of a customer to a desk, as the calling display shows and speaks it. */
export interface CallShown {
  /** Unique per call: a recall is a new call, announced again. */
  key: string;
  ticketId: string;
  number: string;
  desk: string;
  at: number;
  hlc: string;
  /** The customer is still waiting to come to the desk for this call (not served, not recalled since). */
  current: boolean;
}

/** Every call of these tickets, newest first (by the HLC, the order every PC agrees on). */
export function callsOf(tickets: readonly Ticket[]): CallShown[] {
  const calls: CallShown[] = [];
  for (const t of tickets) {
    const last = t.status === 'called' ? t.segments[t.segments.length - 1]!.calls.at(-1) : undefined;
    for (const seg of t.segments)
      for (const c of seg.calls)
        calls.push({ key: `${t.id}:${c.hlc}`, ticketId: t.id, number: t.number, desk: c.desk, at: c.at, hlc: c.hlc, current: c === last });
  }
  // Every event's HLC is unique (it ends with the device id), so no two calls compare equal.
  // Stryker disable next-line EqualityOperator: no two calls share an hlc, so < and <= sort alike
  return calls.sort((a, b) => (a.hlc < b.hlc ? 1 : -1));
}

/** Calls this close to the newest one were made "together" and are all shown large. */
export const TOGETHER_MS = 20_000;
export const MAX_SHOWN_LARGE = 4;

/**
 * The calls shown large under "Now calling": customers called and not yet at the desk (a no-show,
 * a customer being served or finished leaves the band), the newest and those made within
 * `TOGETHER_MS` of it (two desks pressing Call next at once), at most `MAX_SHOWN_LARGE`.
 * `calls` is newest first, as `callsOf` gives it.
 */
export function callsTogether(calls: readonly CallShown[]): CallShown[] {
  const waiting = calls.filter((c) => c.current);
  const newestAt = waiting[0]?.at;
  return waiting.filter((c) => newestAt! - c.at <= TOGETHER_MS).slice(0, MAX_SHOWN_LARGE);
}

/** "Recent calls": every other call of the day, from every desk, newest first. */
export function recentCalls(calls: readonly CallShown[], large: readonly CallShown[], count: number): CallShown[] {
  const shown = new Set(large.map((c) => c.key));
  return calls.filter((c) => !shown.has(c.key)).slice(0, count);
}

/**
 * How long the display holds a new call before speaking it: long enough for a call that loses to
 * an earlier one (two PCs out of touch for a moment) to be withdrawn unheard, short enough that a
 * customer hears their number as the desk looks up.
 */
export const SETTLE_MS = 1_000;

/**
 * The calls not yet announced, oldest first: the order they were made in,
 * so a burst is spoken in the order the desks called. A call that reaches
 * this display late (after the customer was served, or recalled) is not
 * spoken: nobody is waiting to hear it.
 */
export function callsToAnnounce(calls: readonly CallShown[], announced: ReadonlySet<string>): CallShown[] {
  return calls.filter((c) => c.current && !announced.has(c.key)).reverse();
}

/** What the display says aloud: digit by digit ("C, 0, 1, 4"), clearer across a room than "C fourteen". */
export function spokenCall(number: string, desk: string): string {
  return `Ticket ${number.slice(0, 1)}, ${number.slice(1).split('').join(', ')}. Please go to desk ${desk}.`;
}

/**
 * What the display says for a call: the call, or a correction when the same customer was last sent
 * aloud to another desk by a call that has since been withdrawn (it lost to an earlier call).
 */
export function speechFor(call: CallShown, lastSpoken: { key: string; desk: string } | undefined, stillShown: (key: string) => boolean): string {
  const withdrawn = lastSpoken !== undefined && lastSpoken.key !== call.key && lastSpoken.desk !== call.desk && !stillShown(lastSpoken.key);
  return withdrawn ? `Correction. ${spokenCall(call.number, call.desk)}` : spokenCall(call.number, call.desk);
}
