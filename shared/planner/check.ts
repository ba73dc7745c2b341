import { drawDays, simulateDrawn, simulatedLevel } from '../estimates/simulate-days';
import type { DayModel, DrawnDays, SlotDemand, SlotOutcome } from '../estimates/simulate-days';
import { meetsTarget } from '../figures/service-level';
import { SLOT_MINUTES } from './forecast';
import type { Forecast } from './forecast';
import { rosteredFor } from './erlang';
import { shortBy } from './plan';
import type { SlotPlan } from './plan';

/**
 * Erlang C checked by simulation. Erlang's desks for each half hour are
 * replayed through a whole day of the forecast (each service with its own
 * times and spread, priority customers brought forward by the call order,
 * the queue carried from one half hour to the next, a morning that starts
 * empty) over many seeded days. Where the simulated share seen within the
 * standard misses the target, the half hour gets a desk more until it meets
 * it; where a desk fewer still meets it (and leaves no later half hour
 * missing), one fewer. Half hours are settled in the day's order, since a
 * half hour's desks also serve the queue the one before left. Every run uses
 * the same seeded customers, so two plans are compared on the same days.
 */
/** Seeded days per simulation: enough that a desk more or fewer is a real difference. */
export const SIMULATED_DAYS = 50;
/** One seed for every PC and the endpoint, so the same history gives the same plan wherever it is read. */
export const PLANNER_SEED = 2026;

export interface SimulationRules {
  standardMinutes: number;
  priorityStandardMinutes: number;
  targetPercent: number;
  /** Seeded days per simulation (the budget: 50). */
  days: number;
  /** A fresh generator, the same stream each call, so every comparison sees the same customers. */
  random: () => () => number;
}

export interface SlotCheck {
  weekday: number;
  slot: number;
  erlangDesks: number;
  /** Share (%) seen within the standard with Erlang's desks, by simulation; null for a half hour with nobody in it. */
  simulatedPercentWithErlang: number | null;
  /** The desks the simulation recommends, and the share (%) they give. */
  desks: number;
  simulatedPercent: number | null;
  /** Simulated customers (over every day) who arrived in the half hour. */
  customers: number;
}

/** No half hour is given more than this many desks above Erlang's: a day so unlike Erlang's queue is a forecast to question, not staff. */
const MAX_EXTRA = 6;

function modelFor(f: Forecast, rows: readonly SlotPlan[], desks: readonly number[], rules: SimulationRules): DayModel {
  const first = rows[0]!.slot;
  const last = rows[rows.length - 1]!.slot;
  const bySlot = new Map(rows.map((r, i) => [r.slot, i]));
  const slots: SlotDemand[] = [];
  let open = 0;
  for (let slot = first; slot <= last; slot++) {
    const i = bySlot.get(slot);
    // A half hour in the day with nobody forecast keeps the desks of the one before (nobody closes with a queue).
    if (i !== undefined) open = desks[i]!;
    slots.push({ slot, desks: open, arrivals: i === undefined ? {} : f.arrivals[rows[i]!.weekday]![slot]! });
  }
  // A plan has rows only where a time at the desk is known, so the overall time (every service's) is too.
  const fallback = f.overallServiceTime!;
  return {
    slots,
    slotMs: SLOT_MINUTES * 60_000,
    serviceTimes: f.serviceTimes,
    fallbackTime: fallback,
    // Stryker disable next-line StringLiteral: anything but "exponential" is read as observed
    times: 'observed',
    standardMs: rules.standardMinutes * 60_000,
    priorityShare: f.priorityShare,
    priorityStandardMs: rules.priorityStandardMinutes * 60_000,
    patienceMs: f.patienceMs,
  };
}

/** One weekday's half hours (the plan's rows for it, in order) with the given desks, simulated: an outcome per row. */
export function simulatePlan(f: Forecast, rows: readonly SlotPlan[], desks: readonly number[], rules: SimulationRules, drawn?: DrawnDays): SlotOutcome[] {
  const model = modelFor(f, rows, desks, rules);
  const out = simulateDrawn(model, drawn ?? drawDays(model, rules.days, rules.random()));
  const at = new Map(out.map((o) => [o.slot, o]));
  return rows.map((r) => at.get(r.slot)!);
}

/** One weekday's half hours (the plan's rows for it, in order), checked and settled. */
export function checkDay(f: Forecast, rows: readonly SlotPlan[], rules: SimulationRules): SlotCheck[] {
  if (!rows.length) return [];
  const desks = rows.map((r) => r.desksNeeded);
  // The customers are drawn once (they depend on the forecast, not the desks), so each run differs only in its desks.
  const drawn = drawDays(modelFor(f, rows, desks, rules), rules.days, rules.random());
  const run = () => simulatePlan(f, rows, desks, rules, drawn);
  // Decided in whole numbers, as every figure beside a target is (figures/service-level.ts).
  const meets = (o: { customers: number; withinStandard: number }) => meetsTarget(o.withinStandard, o.customers, rules.targetPercent);
  const withErlang = run();
  let current = withErlang;
  rows.forEach((r, i) => {
    if (!meets(current[i]!)) {
      while (!meets(current[i]!) && desks[i]! < r.desksNeeded + MAX_EXTRA) {
        desks[i]! += 1;
        current = run();
      }
      return;
    }
    // A desk fewer, kept only if no half hour of the day that met the target misses it then (the queue it
    // leaves is the next half hour's), so the plan never trades one half hour's desk for a later one's.
    while (desks[i]! > 1) {
      desks[i]! -= 1;
      const fewer = run();
      if (fewer.every((o, j) => meets(o) || !meets(current[j]!))) current = fewer;
      else {
        desks[i]! += 1;
        break;
      }
    }
  });
  return rows.map((r, i) => ({
    weekday: r.weekday,
    slot: r.slot,
    erlangDesks: r.desksNeeded,
    simulatedPercentWithErlang: withErlang[i]!.customers ? simulatedLevel(withErlang[i]!) * 100 : null,
    desks: desks[i]!,
    simulatedPercent: current[i]!.customers ? simulatedLevel(current[i]!) * 100 : null,
    customers: current[i]!.customers,
  }));
}

/** The whole week's plan, checked weekday by weekday. */
export function checkWeek(f: Forecast, plan: readonly SlotPlan[], rules: SimulationRules): SlotCheck[] {
  const out: SlotCheck[] = [];
  // Stryker disable next-line EqualityOperator: there is no weekday 7 to find
  for (let weekday = 0; weekday < 7; weekday++) {
    const rows = plan.filter((p) => p.weekday === weekday).sort((a, b) => a.slot - b.slot);
    out.push(...checkDay(f, rows, rules));
  }
  return out;
}

/**
 * The plan as recommended: each half hour's desks are the simulation's where it was checked, with
 * Erlang C's figure kept beside them; the advisors to roster (for this shrinkage) and "short by"
 * follow the desks. The desks needed never depend on shrinkage, so a plan is checked once for all.
 */
export function settlePlan(plan: readonly SlotPlan[], checks: readonly SlotCheck[], shrinkagePercent: number): SlotPlan[] {
  const at = new Map(checks.map((c) => [`${c.weekday}:${c.slot}`, c]));
  return plan.map((p) => {
    const c = at.get(`${p.weekday}:${p.slot}`);
    if (!c) return { ...p, rostered: rosteredFor(p.desksNeeded, shrinkagePercent) };
    return {
      ...p,
      desksNeeded: c.desks,
      rostered: rosteredFor(c.desks, shrinkagePercent),
      shortBy: shortBy(c.desks, p.desksOpen),
      check: { erlangDesks: c.erlangDesks, simulatedPercentWithErlang: c.simulatedPercentWithErlang, simulatedPercent: c.simulatedPercent },
    };
  });
}

/** A simulated share as printed beside the target: rounded down to one decimal, so it never reads as meeting a target it missed. */
export function shownSimulatedPercent(percent: number | null): number | null {
  return percent === null ? null : Math.floor(percent * 10) / 10;
}
