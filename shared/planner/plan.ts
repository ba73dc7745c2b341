import type { DeskEvent } from '../events/schema';
import { londonDay } from '../calendar/london';
import { compareEvents } from '../tickets/fold';
import { desksNeeded, meanWaitMsWith, rosteredFor, serviceLevelWith } from './erlang';
import type { Staffing } from './erlang';
import { desksNeededA, erlangA, walkOutAllowancePercent } from './erlang-a';
import { SLOTS_PER_DAY, SLOT_MINUTES, arrivalsIn, slotOf, weekdayOf } from './forecast';
import type { Forecast } from './forecast';

/**
 * The week's plan: for each weekday and half hour with customers forecast,
 * the desks Erlang C says meet the site's standard and target, the advisors
 * to roster for them (shrinkage), and beside it how many desks were open in
 * the same half hour over the weeks the forecast read. A slot with fewer
 * desks open than needed is "short", and says by how many.
 */
export interface PlanRules {
  standardMinutes: number;
  targetPercent: number;
  /** Share of rostered time not at a desk (breaks, training, leave). */
  shrinkagePercent: number;
}

export interface SlotPlan {
  weekday: number;
  slot: number;
  arrivals: number;
  staffing: Staffing;
  desksNeeded: number;
  rostered: number;
  /** Mean desks open in this slot over the history read; null when unknown. */
  desksOpen: number | null;
  /** Desks needed − desks open (rounded down), when more than zero: the slot will miss the standard. */
  shortBy: number;
  /** Erlang C, or Erlang A where the history shows customers giving up (forecast.patienceMs). */
  method: 'erlang-c' | 'erlang-a';
  /** Once checked by simulation (check.ts): Erlang C's own figure, and the share the simulation saw within the standard with each. */
  check?: { erlangDesks: number; simulatedPercentWithErlang: number | null; simulatedPercent: number | null };
}

/** The mean time at the desk for a slot's mix of services: each service's own mean, weighted by its arrivals; a service with none of its own takes the overall mean. */
export function mixServiceMs(f: Forecast, weekday: number, slot: number): number | null {
  const cell = f.arrivals[weekday]![slot]!;
  let total = 0;
  let weighted = 0;
  for (const [service, n] of Object.entries(cell)) {
    const mean = f.serviceTimes[service]?.meanMs ?? f.overallServiceTime?.meanMs;
    if (mean === undefined) continue;
    total += n;
    weighted += n * mean;
  }
  return total ? weighted / total : null;
}

export function staffingFor(f: Forecast, weekday: number, slot: number): Staffing | null {
  const meanServiceMs = mixServiceMs(f, weekday, slot);
  if (meanServiceMs === null) return null;
  return { arrivalsPerHour: arrivalsIn(f, weekday, slot) * (60 / SLOT_MINUTES), meanServiceMs };
}

export function planWeek(f: Forecast, rules: PlanRules, desksOpen: readonly (readonly (number | null)[])[]): SlotPlan[] {
  const out: SlotPlan[] = [];
  for (let weekday = 0; weekday < 7; weekday++)
    for (let slot = 0; slot < SLOTS_PER_DAY; slot++) {
      const staffing = staffingFor(f, weekday, slot);
      if (!staffing) continue;
      const standardMs = rules.standardMinutes * 60_000;
      const needed =
        f.patienceMs === null
          ? desksNeeded(staffing, standardMs, rules.targetPercent)
          : desksNeededA(staffing, f.patienceMs, standardMs, rules.targetPercent, walkOutAllowancePercent(f.walkOutShare));
      const open = desksOpen[weekday]?.[slot] ?? null;
      out.push({
        weekday,
        slot,
        arrivals: arrivalsIn(f, weekday, slot),
        staffing,
        desksNeeded: needed,
        rostered: rosteredFor(needed, rules.shrinkagePercent),
        desksOpen: open,
        shortBy: shortBy(needed, open),
        method: f.patienceMs === null ? 'erlang-c' : 'erlang-a',
      });
    }
  return out;
}

/** How many desks a half hour is short: those needed less those open (a fraction open counts down), never below 0; 0 when unknown. */
export function shortBy(needed: number, open: number | null): number {
  return open === null ? 0 : Math.max(0, needed - Math.floor(open + 1e-9));
}

/**
 * "What if": the share seen within the standard with a given number of desks in a slot, and the mean
 * wait by Erlang C; by Erlang A when customers give up (patience given), the share who would walk out.
 */
export function whatIf(
  staffing: Staffing,
  desks: number,
  standardMinutes: number,
  patienceMs: number | null = null,
): { serviceLevelPercent: number; meanWaitMs: number | null; walkOutPercent: number | null } {
  if (patienceMs !== null) {
    const a = erlangA(desks, staffing, patienceMs, standardMinutes * 60_000);
    return { serviceLevelPercent: a.serviceLevel * 100, meanWaitMs: null, walkOutPercent: a.abandoned * 100 };
  }
  return {
    serviceLevelPercent: serviceLevelWith(desks, staffing, standardMinutes * 60_000) * 100,
    meanWaitMs: meanWaitMsWith(desks, staffing),
    walkOutPercent: null,
  };
}

/**
 * How many desks were open, on average, in each weekday's half hours over the open days given:
 * a desk counts in a slot when it was open (signed on and not paused) at the slot's middle.
 * From the desks' own sign-on, pause, resume and sign-off events, in clock order.
 */
export function desksOpenBySlot(events: readonly DeskEvent[], openDays: readonly string[]): number[][] {
  const days = new Set(openDays);
  const daysByWeekday = [0, 0, 0, 0, 0, 0, 0];
  for (const d of days) daysByWeekday[weekdayOf(d)]! += 1;
  const sums = daysByWeekday.map(() => Array<number>(SLOTS_PER_DAY).fill(0));
  // Each desk's open spells: from a sign-on or resume to the next pause or sign-off (or the day's end).
  const openSince = new Map<string, number>();
  const spells: { from: number; to: number }[] = [];
  const close = (desk: string, at: number) => {
    const from = openSince.get(desk);
    // Stryker disable next-line EqualityOperator,LogicalOperator,ConditionalExpression: "at > undefined" is false, so the first test only says what the second does; and a spell of no length covers no middle, so keeping it changes nothing
    if (from !== undefined && at > from) spells.push({ from, to: at });
    openSince.delete(desk);
  };
  for (const e of [...events].sort(compareEvents)) {
    const desk = e.payload.desk;
    if (e.type === 'desk.signedOn' || e.type === 'desk.resumed') {
      if (!openSince.has(desk)) openSince.set(desk, e.at);
    } else close(desk, e.at);
  }
  for (const from of openSince.values()) spells.push({ from, to: dayEndOf(from) });
  for (const spell of spells) {
    // A spell left open past midnight (a desk never signed off) counts until its day's end only.
    const to = Math.min(spell.to, dayEndOf(spell.from));
    const day = londonDay(spell.from);
    if (!days.has(day)) continue;
    const row = sums[weekdayOf(day)]!;
    const half = (SLOT_MINUTES * 60_000) / 2;
    // The middle of each half hour the spell covers.
    // Stryker disable next-line EqualityOperator: at start = to the middle is past the end, so nothing is counted either way
    for (let start = spell.from - (spell.from % (SLOT_MINUTES * 60_000)); start < to; start += SLOT_MINUTES * 60_000) {
      const middle = start + half;
      if (middle >= spell.from && middle < to) row[slotOf(middle)]! += 1;
    }
  }
  return sums.map((row, w) => row.map((n) => (daysByWeekday[w] ? n / daysByWeekday[w]! : 0)));
}

/** The end of the UK day a moment falls in, near enough: the next change of day within 26 hours. */
function dayEndOf(ms: number): number {
  const day = londonDay(ms);
  let end = ms - (ms % 3_600_000) + 3_600_000;
  while (londonDay(end) === day) end += 3_600_000;
  return end;
}
