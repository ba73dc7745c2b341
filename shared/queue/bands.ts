import { currentSegment, deadlineOf } from '../tickets/state';
import type { Ticket } from '../tickets/state';

/**
 * Where a waiting ticket stands against its standard, for the queue screen:
 * within it, near breach (inside the warning minutes before it), or past it.
 */
export type Band = 'within' | 'near' | 'breached';
export const BAND_LABELS: Record<Band, string> = { within: 'Within standard', near: 'Near breach', breached: 'Past standard' };

export function waitBand(t: Ticket, now: number, nearBreachMinutes: number): Band {
  const deadline = deadlineOf(t);
  if (now > deadline) return 'breached';
  if (now >= deadline - nearBreachMinutes * 60_000) return 'near';
  return 'within';
}

/** Milliseconds the ticket has waited in its current queue. */
export function waitedMs(t: Ticket, now: number): number {
  return Math.max(0, now - currentSegment(t).queuedAt);
}

/** "mm:ss", or "h:mm:ss" past an hour. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
