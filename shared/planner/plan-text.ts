import type { SlotPlan } from './plan';
import type { Forecast } from './forecast';
import { walkOutAllowancePercent } from './erlang-a';

/**
 * The plan as words and as a grid, one home for the supervisor's screen and the officer's page:
 * "5 needed (Erlang C: 6) · 4 open", a row per half hour from the first to the last with
 * customers, a column per weekday with any.
 */
export function planCellText(p: SlotPlan): string {
  const open = p.desksOpen === null ? '' : ` · ${Number(p.desksOpen.toFixed(1))} open`;
  const method = p.method === 'erlang-a' ? 'Erlang A' : 'Erlang C';
  const erlang = p.check && p.check.erlangDesks !== p.desksNeeded ? ` (${method}: ${p.check.erlangDesks})` : '';
  return `${p.desksNeeded} needed${erlang}${open}`;
}

export interface PlanGrid {
  weekdays: number[];
  slots: number[];
  at: (weekday: number, slot: number) => SlotPlan | undefined;
}

export function planGrid(plan: readonly SlotPlan[]): PlanGrid {
  const weekdays = [...new Set(plan.map((p) => p.weekday))].sort((a, b) => a - b);
  const all = plan.map((p) => p.slot);
  const slots = plan.length ? Array.from({ length: Math.max(...all) - Math.min(...all) + 1 }, (_, i) => Math.min(...all) + i) : [];
  const cells = new Map(plan.map((p) => [`${p.weekday}:${p.slot}`, p]));
  return { weekdays, slots, at: (weekday, slot) => cells.get(`${weekday}:${slot}`) };
}

/** The formula a plan's desks came from before the simulation: Erlang A where customers walk out. */
export function methodName(f: Pick<Forecast, 'patienceMs'>): 'Erlang A' | 'Erlang C' {
  return f.patienceMs === null ? 'Erlang C' : 'Erlang A';
}

/** Said beside a plan made by Erlang A: how many walk out now, after how long, and how many the plan lets. */
export function walkOutSentence(f: Pick<Forecast, 'patienceMs' | 'walkOutShare'>): string | null {
  if (f.patienceMs === null) return null;
  const minutes = (f.patienceMs / 60_000).toFixed(1);
  return `${Math.round(f.walkOutShare * 1000) / 10}% walked out before being called, after ${minutes} min on average: planned by Erlang A, letting no more walk out than ${walkOutAllowancePercent(f.walkOutShare)}%.`;
}

/** What the check by simulation found, in a sentence (`changed`: the half hours whose desks it changed). */
export function checkSentence(f: Pick<Forecast, 'patienceMs'>, changed: number, days: number): string {
  const method = methodName(f);
  return changed === 0
    ? `Checked by simulating ${days} days through this site’s call order: ${method}’s desks stand in every half hour.`
    : `Checked by simulating ${days} days through this site’s call order: ${changed} half hour${changed === 1 ? '' : 's'} need${changed === 1 ? 's' : ''} a different number of desks from ${method}’s (shown beside it). ${method} assumes a queue that has run all day, one service and times at random; the simulation keeps each service’s own times, priority customers called first, and a morning that starts with nobody waiting, so its figure is the one recommended.`;
}
