import { desksNeeded } from './erlang';
import { desksNeededA, walkOutAllowancePercent } from './erlang-a';
import { SLOT_MINUTES, SLOTS_PER_DAY, slotOf, weekdayOf } from './forecast';
import type { Forecast } from './forecast';

/**
 * The supervisor's live line: how many desks the next hour needs to keep customers within the
 * standard, from the forecast for this weekday scaled by how busy today has been so far, plus the
 * customers waiting now (who must be seen in that hour as well). Erlang C (A where customers walk
 * out, with the planner's allowance) on that hour's load: a
 * guide for "open another desk now", not a plan (the planner's simulation is for the week ahead).
 */
export interface NextHourInput {
  forecast: Forecast;
  /** Today, YYYY-MM-DD (UK). */
  day: string;
  now: number;
  /** When each of today's customers arrived so far (tickets issued today, not cancelled in error). */
  arrivedAt: readonly number[];
  waitingNow: number;
  standardMinutes: number;
  targetPercent: number;
}

export interface NextHour {
  /** Customers the forecast expects in the next hour on this weekday. */
  forecastArrivals: number;
  /** Today so far against the forecast for the same part of the day (1 = as forecast); 1 until enough has been forecast to judge. */
  pace: number;
  /** Forecast × pace. */
  expectedArrivals: number;
  waitingNow: number;
  /** The desks needed; null when the history has no time at a desk to work from. */
  desks: number | null;
}

const SLOT_MS = SLOT_MINUTES * 60_000;
/** Fewer customers than this forecast so far today and the pace is not judged: three early arrivals are not a busy day. */
const PACE_AFTER = 10;
/** A day's pace is held between half and double the forecast: a morning's surprise is not the afternoon's. */
const PACE_MIN = 0.5;
const PACE_MAX = 2;

/** The forecast customers between two moments of today (UK half hours, each spread evenly over its 30 minutes). */
function forecastBetween(
  f: Forecast,
  weekday: number,
  from: number,
  to: number,
  slotStart: (slot: number) => number,
): { arrivals: number; timed: number; weighted: number } {
  let arrivals = 0;
  let timed = 0;
  let weighted = 0;
  for (let slot = 0; slot < SLOTS_PER_DAY; slot++) {
    const start = slotStart(slot);
    const share = Math.max(0, Math.min(to, start + SLOT_MS) - Math.max(from, start)) / SLOT_MS;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut only, a half hour outside the window adds n × 0
    if (share <= 0) continue;
    for (const [service, n] of Object.entries(f.arrivals[weekday]![slot]!)) {
      const mean = f.serviceTimes[service]?.meanMs ?? f.overallServiceTime?.meanMs;
      arrivals += n * share;
      if (mean === undefined) continue;
      timed += n * share;
      weighted += n * share * mean;
    }
  }
  return { arrivals, timed, weighted };
}

export function nextHour(input: NextHourInput): NextHour {
  const { forecast: f, now } = input;
  const weekday = weekdayOf(input.day);
  // The start of each half hour today, from the one now is in (UK time: slotOf reads the clock).
  const currentSlot = slotOf(now);
  const currentStart = now - (now % SLOT_MS);
  const slotStart = (slot: number) => currentStart + (slot - currentSlot) * SLOT_MS;
  const soFar = forecastBetween(f, weekday, slotStart(0), now, slotStart).arrivals;
  const arrived = input.arrivedAt.filter((t) => t <= now).length;
  const pace = soFar < PACE_AFTER ? 1 : Math.min(PACE_MAX, Math.max(PACE_MIN, arrived / soFar));
  const hour = forecastBetween(f, weekday, now, now + 2 * SLOT_MS, slotStart);
  const expectedArrivals = hour.arrivals * pace;
  // The hour's mix of services, each at its own time; with nobody forecast, the overall time (for those waiting).
  const meanServiceMs = hour.timed ? hour.weighted / hour.timed : (f.overallServiceTime?.meanMs ?? null);
  const staffing = { arrivalsPerHour: expectedArrivals + input.waitingNow, meanServiceMs: meanServiceMs ?? 0 };
  const standardMs = input.standardMinutes * 60_000;
  // Erlang A where the site's customers walk out, as the planner does.
  const desks =
    meanServiceMs === null
      ? null
      : f.patienceMs === null
        ? desksNeeded(staffing, standardMs, input.targetPercent)
        : desksNeededA(staffing, f.patienceMs, standardMs, input.targetPercent, walkOutAllowancePercent(f.walkOutShare));
  return { forecastArrivals: hour.arrivals, pace, expectedArrivals, waitingNow: input.waitingNow, desks };
}
