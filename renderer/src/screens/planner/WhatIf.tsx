import { useId, useMemo, useState } from 'react';
import { WEEKDAY_NAMES, slotLabel } from '../../../../shared/planner/forecast';
import type { Forecast } from '../../../../shared/planner/forecast';
import { whatIf } from '../../../../shared/planner/plan';
import type { SlotPlan } from '../../../../shared/planner/plan';
import { loadOf } from '../../../../shared/planner/erlang';
import { shownSimulatedPercent, simulatePlan } from '../../../../shared/planner/check';
import type { SimulationRules } from '../../../../shared/planner/check';
import { simulatedLevel } from '../../../../shared/estimates/simulate-days';
import { mins } from '../../format';
import { rowsOf } from './usePlanCheck';

interface Props {
  plan: readonly SlotPlan[];
  forecast: Forecast;
  /** The simulation's rules once the plan is checked; until then Erlang C alone answers. */
  simulation: SimulationRules | null;
  standardMinutes: number;
  targetPercent: number;
}

/**
 * "What if": choose a half hour and a number of desks; see the share seen within the standard and
 * the mean wait, as Erlang C expects them and as the simulation of that weekday (the other half
 * hours as planned) sees them.
 */
export function WhatIf({ plan, forecast, simulation, standardMinutes, targetPercent }: Props) {
  const id = useId();
  const [chosen, setChosen] = useState(0);
  const index = Math.min(chosen, plan.length - 1);
  const slot = plan[index];
  const [desks, setDesks] = useState<string>('');
  const n = slot ? (desks === '' ? slot.desksNeeded : Number(desks)) : 0;
  const valid = Number.isInteger(n) && n >= 0 && n <= 200;
  const simulated = useMemo(() => {
    if (!slot || !valid || !simulation) return null;
    const rows = rowsOf(plan, slot.weekday);
    const outcome = simulatePlan(
      forecast,
      rows,
      rows.map((r) => (r === slot ? n : r.desksNeeded)),
      simulation,
    )[rows.indexOf(slot)]!;
    return {
      percent: simulatedLevel(outcome) * 100,
      meanWaitMs: outcome.called ? outcome.waitedMs / outcome.called : null,
      neverCalled: outcome.neverCalled > 0,
    };
  }, [plan, slot, n, valid, forecast, simulation]);
  if (!slot) return null;
  const r = valid ? whatIf(slot.staffing, n, standardMinutes, forecast.patienceMs) : null;
  const verdict = (percent: number) => (percent >= targetPercent ? '✓ meets it' : '✗ below it');
  return (
    <section aria-labelledby={`${id}-title`} data-testid="what-if">
      <h2 id={`${id}-title`}>What if</h2>
      <p>
        <label htmlFor={`${id}-slot`}>Half hour</label>{' '}
        <select
          id={`${id}-slot`}
          value={index}
          onChange={(e) => {
            setChosen(Number(e.target.value));
            setDesks('');
          }}
        >
          {plan.map((p, i) => (
            <option key={`${p.weekday}:${p.slot}`} value={i}>
              {WEEKDAY_NAMES[p.weekday]} {slotLabel(p.slot)}
            </option>
          ))}
        </select>{' '}
        <label htmlFor={`${id}-desks`}>Desks open</label>{' '}
        <input
          id={`${id}-desks`}
          type="number"
          min={0}
          max={200}
          inputMode="numeric"
          value={desks === '' ? String(slot.desksNeeded) : desks}
          onChange={(e) => setDesks(e.target.value)}
        />
      </p>
      <p role="status" data-testid="what-if-result">
        {!r
          ? 'Enter a whole number of desks, 0 to 200.'
          : r.walkOutPercent !== null
            ? `By Erlang A (customers give up after ${mins(forecast.patienceMs!)} on average), with ${n} desk${n === 1 ? '' : 's'}: ${Math.floor(r.serviceLevelPercent * 10) / 10}% seen within ${standardMinutes} minutes (target ${targetPercent}%) ${verdict(r.serviceLevelPercent)}; ${Math.ceil(r.walkOutPercent * 10) / 10}% would walk out.`
            : r.serviceLevelPercent === 0 && r.meanWaitMs === Infinity
              ? `By Erlang C, with ${n} desk${n === 1 ? '' : 's'} the queue would grow all the time: about ${Number(loadOf(slot.staffing).toFixed(1))} desks are busy on average.`
              : `By Erlang C, with ${n} desk${n === 1 ? '' : 's'}: ${Math.floor(r.serviceLevelPercent * 10) / 10}% seen within ${standardMinutes} minutes (target ${targetPercent}%) ${verdict(r.serviceLevelPercent)}; mean wait ${mins(r.meanWaitMs ?? 0)}.`}
      </p>
      {r && simulated && (
        <p role="status" data-testid="what-if-simulated">
          {simulated.neverCalled
            ? `Simulated, with ${n} desk${n === 1 ? '' : 's'}: some customers would never be called (no desk open for them).`
            : `Simulated over ${simulation!.days} days, the rest of ${WEEKDAY_NAMES[slot.weekday]} as planned: ${shownSimulatedPercent(simulated.percent)}% seen within ${standardMinutes} minutes ${verdict(simulated.percent)}; mean wait ${simulated.meanWaitMs === null ? '–' : mins(simulated.meanWaitMs)}.`}
        </p>
      )}
    </section>
  );
}
