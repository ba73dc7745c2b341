import { londonClock, londonDay } from '../calendar/london';
import { isBankHoliday } from '../calendar/bank-holidays';
import type { HolidayRegion } from '../calendar/bank-holidays';
import { daysBetween } from '../calendar/periods';
import type { FigureTicket } from '../figures/figure-ticket';

/**
 * The forecast the planner works from: for each weekday and half hour, how many
 * customers arrive on an open day, by service, and how long each service takes
 * at the desk, all from the site's own history.
 *
 * - Arrivals are tickets issued (a ticket cancelled in error is no arrival),
 *   averaged over the open days of that weekday in the window (the caller
 *   leaves out bank holidays and the council's closed days), quiet days
 *   included: a Tuesday with nobody is a Tuesday.
 * - Time at the desk runs from the start of service to the transfer or the
 *   finish, for each service a customer was served for; a ticket whose timing
 *   is flagged inaccurate gives none.
 */
export const SLOT_MINUTES = 30;
export const SLOTS_PER_DAY = (24 * 60) / SLOT_MINUTES;
/** Monday first, as a council's week: 0 Monday … 6 Sunday. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export interface ServiceTime {
  count: number;
  meanMs: number;
  sdMs: number;
}

export interface Forecast {
  /** Open days the forecast read, in all and by weekday (Monday first). */
  daysUsed: number;
  daysByWeekday: number[];
  /** Mean arrivals per open day: [weekday][slot] → by service. */
  arrivals: Record<string, number>[][];
  serviceTimes: Record<string, ServiceTime>;
  /** Every service together: the fallback for a service with no time of its own. */
  overallServiceTime: ServiceTime | null;
  /** Share (0–1) of the arrivals who were priority customers: the simulation brings them forward as the desk does. */
  priorityShare: number;
  /**
   * How long customers wait before giving up, on average (ms), when enough walked out to say
   * (WALK_OUTS_TO_JUDGE): the planner then uses Erlang A. Estimated as walk-outs ÷ all the
   * waiting done (those called count the wait they had without giving up): the exponential's
   * maximum-likelihood rate. Null when too few walked out.
   */
  patienceMs: number | null;
  /** Share (0–1) of the arrivals who walked out while waiting. */
  walkOutShare: number;
}

/** Fewer walk-outs than this in the history and patience is not estimated: Erlang C stands. */
export const WALK_OUTS_TO_JUDGE = 10;

/** 0 Monday … 6 Sunday, for a YYYY-MM-DD day. */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** The half hour of the day (0 = 00:00–00:30, 18 = 09:00–09:30) a moment falls in, UK time. */
export function slotOf(ms: number): number {
  const [h, m] = londonClock(ms).split(':').map(Number) as [number, number];
  return (h * 60 + m - ((h * 60 + m) % SLOT_MINUTES)) / SLOT_MINUTES;
}

/** "09:00–09:30". */
export function slotLabel(slot: number): string {
  const clock = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `${clock(slot * SLOT_MINUTES)}–${clock((slot + 1) * SLOT_MINUTES)}`;
}

function stats(values: readonly number[]): ServiceTime | null {
  if (!values.length) return null;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
  return { count: values.length, meanMs: mean, sdMs: Math.sqrt(variance) };
}

/** Each service's times at the desk in a ticket: start of service to the transfer that ended it, or to the finish. */
function timesAtDesk(t: FigureTicket, add: (serviceId: string, ms: number) => void): void {
  if (t.timingInaccurate || t.status === 'cancelled') return;
  t.segments.forEach((s, i) => {
    // Stryker disable next-line ConditionalExpression: without a start, "end > undefined" is false below as well
    if (s.servingStartedAt === undefined) return;
    // Stryker disable next-line ConditionalExpression,OptionalChaining: a completion is recorded only with the status completed (tickets/apply.ts), which is final
    // No end yet (still at the desk, or left): no time. An end at or before the start (a clock put back) is none either.
    const end = t.segments[i + 1]?.queuedAt ?? (t.status === 'completed' ? t.completion?.at : undefined) ?? -Infinity;
    if (end > s.servingStartedAt) add(s.serviceId, end - s.servingStartedAt);
  });
}

export function forecastFrom(tickets: readonly FigureTicket[], openDays: readonly string[]): Forecast {
  const days = new Set(openDays);
  const daysByWeekday = [0, 0, 0, 0, 0, 0, 0];
  for (const d of days) daysByWeekday[weekdayOf(d)]! += 1;
  const counts = daysByWeekday.map(() => Array.from({ length: SLOTS_PER_DAY }, () => ({}) as Record<string, number>));
  const times = new Map<string, number[]>();
  const all: number[] = [];
  let arrived = 0;
  let priority = 0;
  let walkOuts = 0;
  let timedWalkOuts = 0;
  let waited = 0;
  for (const t of tickets) {
    if (!days.has(t.day)) continue;
    timesAtDesk(t, (serviceId, ms) => {
      const list = times.get(serviceId);
      if (list) list.push(ms);
      else times.set(serviceId, [ms]);
      all.push(ms);
    });
    // Only the day it was issued on, as the customer arrived then.
    if (t.status === 'cancelled' || londonDay(t.issuedAt) !== t.day) continue;
    const cell = counts[weekdayOf(t.day)]![slotOf(t.issuedAt)]!;
    const service = t.segments[0]!.serviceId;
    cell[service] = (cell[service] ?? 0) + 1;
    arrived += 1;
    if (t.priority) priority += 1;
    // Patience: the first wait, to the first call (they had not given up by then) or to walking out.
    // A walk-out counts in the share whatever its timing; its wait only if the timing can be trusted.
    const first = t.segments[0]!;
    const calledAt = first.calls[0]?.at;
    // Never called and recorded as left: a transfer needs a call first, so this was their only wait.
    const walkedOut = calledAt === undefined && t.status === 'left';
    if (walkedOut) walkOuts += 1;
    if (t.timingInaccurate) continue;
    if (calledAt !== undefined) waited += Math.max(0, calledAt - first.queuedAt);
    else if (walkedOut) {
      timedWalkOuts += 1;
      waited += Math.max(0, (t.closedAt ?? first.queuedAt) - first.queuedAt);
    }
  }
  const arrivals = counts.map((slots, w) =>
    slots.map((cell) => Object.fromEntries(Object.entries(cell).map(([service, n]) => [service, n / daysByWeekday[w]!]))),
  );
  const serviceTimes: Record<string, ServiceTime> = {};
  // Stryker disable next-line EqualityOperator: the names are distinct, so < and <= order them alike
  for (const [service, list] of [...times].sort(([a], [b]) => (a < b ? -1 : 1))) serviceTimes[service] = stats(list)!;
  return {
    daysUsed: days.size,
    daysByWeekday,
    arrivals,
    serviceTimes,
    overallServiceTime: stats(all),
    priorityShare: arrived ? priority / arrived : 0,
    patienceMs: timedWalkOuts >= WALK_OUTS_TO_JUDGE && waited > 0 ? waited / timedWalkOuts : null,
    walkOutShare: arrived ? walkOuts / arrived : 0,
  };
}

/** Mean arrivals in a slot, every service together. */
export function arrivalsIn(f: Forecast, weekday: number, slot: number): number {
  return Object.values(f.arrivals[weekday]![slot]!).reduce((a, b) => a + b, 0);
}

/**
 * How well a forecast matched what happened over some days: the mean absolute difference per
 * half hour between forecast and actual arrivals, over the slots where either was above zero
 * (null when there were none). Shown beside the plan: last week's forecast against last week.
 */
export function meanAbsoluteError(f: Forecast, actual: readonly FigureTicket[], days: readonly string[]): number | null {
  const happened = forecastFrom(actual, days);
  let sum = 0;
  let slots = 0;
  for (const day of new Set(days)) {
    const w = weekdayOf(day);
    for (let s = 0; s < SLOTS_PER_DAY; s++) {
      const expected = arrivalsIn(f, w, s);
      const seen = arrivalsIn(happened, w, s);
      if (expected === 0 && seen === 0) continue;
      sum += Math.abs(expected - seen);
      slots++;
    }
  }
  return slots ? sum / slots : null;
}

/**
 * The history a plan reads: the `weeks` weeks before today (today itself is not over), and of those
 * the open days: the bank holidays of the site's region and the council's own closed days left out.
 */
export function plannerWindow(
  today: string,
  weeks: number,
  site: { holidayRegion: HolidayRegion; extraClosedDays: readonly string[] },
): { from: string; to: string; openDays: string[] } {
  const from = daysBefore(today, weeks * 7);
  const to = daysBefore(today, 1);
  return { from, to, openDays: daysBetween(from, to).filter((d) => !isBankHoliday(d, site.holidayRegion) && !site.extraClosedDays.includes(d)) };
}

/** The day `n` days before `day`. */
export function daysBefore(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - n)).toISOString().slice(0, 10);
}
