import { useId, useState } from 'react';
import { WEEKDAY_NAMES, slotLabel } from '../../../../shared/planner/forecast';
import { whatIf } from '../../../../shared/planner/plan';
import { loadOf } from '../../../../shared/planner/erlang';
import type { SlotPlan } from '../../../../shared/planner/plan';
import { mins } from '../../format';

/** "What if": choose a half hour and a number of desks; see the share seen within the standard and the mean wait Erlang C expects. */
export function WhatIf({ plan, standardMinutes, targetPercent }: { plan: readonly SlotPlan[]; standardMinutes: number; targetPercent: number }) {
  const id = useId();
  const [chosen, setChosen] = useState(0);
  const slot = plan[Math.min(chosen, plan.length - 1)];
  const [desks, setDesks] = useState<string>('');
  if (!slot) return null;
  const n = desks === '' ? slot.desksNeeded : Number(desks);
  const valid = Number.isInteger(n) && n >= 0 && n <= 200;
  const r = valid ? whatIf(slot.staffing, n, standardMinutes) : null;
  return (
    <section aria-labelledby={`${id}-title`} data-testid="what-if">
      <h2 id={`${id}-title`}>What if</h2>
      <p>
        <label htmlFor={`${id}-slot`}>Half hour</label>{' '}
        <select
          id={`${id}-slot`}
          value={Math.min(chosen, plan.length - 1)}
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
          : r.serviceLevelPercent === 0 && r.meanWaitMs === Infinity
            ? `With ${n} desk${n === 1 ? '' : 's'}, the queue would grow all the time: about ${Number(loadOf(slot.staffing).toFixed(1))} desks are busy on average.`
            : `With ${n} desk${n === 1 ? '' : 's'}: ${Math.floor(r.serviceLevelPercent * 10) / 10}% seen within ${standardMinutes} minutes (target ${targetPercent}%) ${r.serviceLevelPercent >= targetPercent ? '✓ meets it' : '✗ below it'}; mean wait ${mins(r.meanWaitMs)}.`}
      </p>
    </section>
  );
}
