/** How figures and times read on screen and in print: one place, so every screen says "80.0% (4 of 5)" the same way. */
import { londonClock } from '../../shared/calendar/london';

export const pct = (p: number | null) => (p === null ? '–' : `${p.toFixed(1)}%`);
export const mins = (ms: number | null) => (ms === null ? '–' : `${(ms / 60_000).toFixed(1)} min`);
/** A time of day in London, "14:05". */
export const timeOfDay = (ms: number) => londonClock(ms);
/** A rate with its counts: "80.0% (4 of 5)". Never a bare percentage. */
/** A percentage with its counts; with nothing to count, says so in words rather than leave a dash. */
export const withCounts = (p: number | null, part: number, whole: number, none = 'none yet') =>
  whole === 0 ? `${none} (0 of 0)` : `${pct(p)} (${part} of ${whole})`;

/** The expected wait in words, as told and printed. */
export function expectedWaitText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'You will be called shortly';
  return `About ${minutes} minute${minutes === 1 ? '' : 's'}`;
}
