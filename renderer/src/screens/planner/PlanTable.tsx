import { WEEKDAY_NAMES, slotLabel } from '../../../../shared/planner/forecast';
import type { SlotPlan } from '../../../../shared/planner/plan';
import { planCellText, planGrid } from '../../../../shared/planner/plan-text';

/** Four shades, light enough for dark text at AA contrast; the number is always written in the cell. */
const HEAT = ['heat-0', 'heat-1', 'heat-2', 'heat-3'] as const;

/**
 * The week as a heat map: a row per half hour, a column per weekday with customers, each cell the
 * desks needed, the desks open there in recent weeks and, where fewer were open, "short by N" in
 * words (and a border), never by colour alone.
 */
export function PlanTable({ plan }: { plan: readonly SlotPlan[] }) {
  const { weekdays, slots, at } = planGrid(plan);
  const most = Math.max(1, ...plan.map((p) => p.desksNeeded));
  return (
    <table className="data plan" data-testid="plan-table">
      <caption>Desks needed each half hour to see customers within the standard, against desks open in the same half hour recently</caption>
      <thead>
        <tr>
          <th scope="col">Half hour</th>
          {weekdays.map((w) => (
            <th scope="col" key={w}>
              {WEEKDAY_NAMES[w]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {slots.map((slot) => (
          <tr key={slot}>
            <th scope="row">{slotLabel(slot)}</th>
            {weekdays.map((w) => {
              const p = at(w, slot);
              if (!p) return <td key={w}>–</td>;
              const heat = HEAT[Math.min(HEAT.length - 1, Math.floor((p.desksNeeded / most) * HEAT.length))]!;
              return (
                <td key={w} className={`${heat}${p.shortBy ? ' short' : ''}`}>
                  {planCellText(p)}
                  {p.shortBy > 0 && <strong className="short-note"> · short by {p.shortBy}</strong>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
