import { useEffect, useMemo, useState } from 'react';
import { seededRandom } from '../../../../shared/estimates/seeded-random';
import { PLANNER_SEED, SIMULATED_DAYS, checkDay } from '../../../../shared/planner/check';
import type { SimulationRules, SlotCheck } from '../../../../shared/planner/check';
import type { Forecast } from '../../../../shared/planner/forecast';
import type { SlotPlan } from '../../../../shared/planner/plan';

/** The site's rules as the simulation takes them, with the planner's days and seed. */
export function useSimulationRules(standardMinutes: number, priorityStandardMinutes: number, targetPercent: number): SimulationRules {
  return useMemo(
    () => ({ standardMinutes, priorityStandardMinutes, targetPercent, days: SIMULATED_DAYS, random: () => seededRandom(PLANNER_SEED).next }),
    [standardMinutes, priorityStandardMinutes, targetPercent],
  );
}

/** One weekday's rows of the plan, in the day's order: what the simulation replays. */
export function rowsOf(plan: readonly SlotPlan[], weekday: number): SlotPlan[] {
  return plan.filter((p) => p.weekday === weekday).sort((a, b) => a.slot - b.slot);
}

export interface PlanCheck {
  /** The checks so far; complete once `done`. */
  checks: SlotCheck[];
  done: boolean;
  /** The weekday being simulated now (Monday 0), while not done. */
  weekday: number | null;
}

/**
 * Checks the plan by simulation a weekday at a time, yielding to the page between weekdays so the
 * screen keeps answering keys and clicks while the week is simulated (well under 2 s in all). A new
 * plan (another history window or shrinkage) starts the check again; the old one is dropped.
 */
export function usePlanCheck(forecast: Forecast | null, plan: readonly SlotPlan[] | null, rules: SimulationRules): PlanCheck | null {
  const [state, setState] = useState<{ for: readonly SlotPlan[]; check: PlanCheck } | null>(null);
  useEffect(() => {
    if (!forecast || !plan) return;
    let live = true;
    const checks: SlotCheck[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = (weekday: number) => {
      if (!live) return;
      if (weekday === 7) {
        setState({ for: plan, check: { checks: [...checks], done: true, weekday: null } });
        return;
      }
      setState({ for: plan, check: { checks: [...checks], done: false, weekday } });
      timer = setTimeout(() => {
        if (!live) return;
        checks.push(...checkDay(forecast, rowsOf(plan, weekday), rules));
        step(weekday + 1);
      }, 0);
    };
    step(0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [forecast, plan, rules]);
  // A check of another plan is never shown against this one.
  return state && state.for === plan ? state.check : null;
}
