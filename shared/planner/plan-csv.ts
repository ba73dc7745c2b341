import { csvLine, csvMinutes, csvNumber, csvText } from '../reports/csv';
import { WEEKDAY_NAMES, slotLabel } from './forecast';
import type { SlotPlan } from './plan';
import { shownSimulatedPercent } from './check';

export const PLAN_CSV_COLUMNS = [
  'weekday',
  'half_hour',
  'arrivals_forecast',
  'mean_time_at_desk_min',
  'desks_needed',
  'advisors_rostered',
  'desks_open_recently',
  'short_by',
  'desks_needed_erlang_c',
  'simulated_percent_seen_within_standard',
] as const;

/**
 * The week's plan as a spreadsheet reads it: one row per half hour with customers forecast, Monday
 * first. `desks_needed` is the recommendation (the simulation's, once checked); Erlang C's own figure
 * and the share the simulation saw within the standard with the desks recommended follow (blank when
 * not checked).
 */
export function planCsv(plan: readonly SlotPlan[]): string {
  return csvText([
    csvLine(PLAN_CSV_COLUMNS),
    ...plan.map((p) =>
      csvLine([
        WEEKDAY_NAMES[p.weekday]!,
        slotLabel(p.slot),
        csvNumber(p.arrivals),
        csvMinutes(p.staffing.meanServiceMs),
        p.desksNeeded,
        p.rostered,
        csvNumber(p.desksOpen),
        p.shortBy,
        p.check?.erlangDesks ?? p.desksNeeded,
        csvNumber(shownSimulatedPercent(p.check?.simulatedPercent ?? null)),
      ]),
    ),
  ]);
}
