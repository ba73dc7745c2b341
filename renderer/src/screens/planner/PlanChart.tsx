import { useId, useState } from 'react';
import { WEEKDAY_NAMES, slotLabel } from '../../../../shared/planner/forecast';
import type { SlotPlan } from '../../../../shared/planner/plan';
import { planGrid } from '../../../../shared/planner/plan-text';
import { BarsChart } from '../../components/BarChart';

/** One weekday of the plan as bars: desks needed beside desks open recently, each half hour. The table below has the same numbers. */
export function PlanChart({ plan }: { plan: readonly SlotPlan[] }) {
  const id = useId();
  const grid = planGrid(plan);
  const [chosen, setChosen] = useState<number | null>(null);
  const weekday = chosen !== null && grid.weekdays.includes(chosen) ? chosen : grid.weekdays[0];
  if (weekday === undefined) return null;
  const rows = grid.slots.map((slot) => {
    const p = grid.at(weekday, slot);
    return { half: slotLabel(slot).slice(0, 5), needed: p?.desksNeeded ?? 0, open: p?.desksOpen === null || !p ? null : Number(p.desksOpen.toFixed(1)) };
  });
  return (
    <figure className="chart" data-testid="plan-chart">
      <p>
        <label htmlFor={`${id}-day`}>Chart for</label>{' '}
        <select id={`${id}-day`} value={weekday} onChange={(e) => setChosen(Number(e.target.value))}>
          {grid.weekdays.map((w) => (
            <option key={w} value={w}>
              {WEEKDAY_NAMES[w]}
            </option>
          ))}
        </select>
      </p>
      <BarsChart
        label={`Desks needed and desks open recently, each half hour of ${WEEKDAY_NAMES[weekday]}`}
        rows={rows}
        by="half"
        series={[
          { field: 'needed', name: 'Desks needed', colour: '#1d4ed8' },
          { field: 'open', name: 'Desks open recently', colour: '#6b7280' },
        ]}
      />
      <figcaption>
        {WEEKDAY_NAMES[weekday]}: desks needed (first bar of each half hour) and desks open there recently (second bar). The table below has every day’s
        numbers.
      </figcaption>
    </figure>
  );
}
