import type { SlotPlan } from './plan';

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
