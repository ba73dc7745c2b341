import { useId, useMemo, useState } from 'react';
import { WEEKDAY_NAMES, daysBefore, forecastFrom, meanAbsoluteError } from '../../../../shared/planner/forecast';
import { desksOpenBySlot, planWeek } from '../../../../shared/planner/plan';
import { SIMULATED_DAYS, settlePlan } from '../../../../shared/planner/check';
import { checkSentence, methodName, walkOutSentence } from '../../../../shared/planner/plan-text';
import { halfStandard } from '../../../../shared/config/site-settings';
import { planCsv } from '../../../../shared/planner/plan-csv';
import { useSettings } from '../../app/SettingsContext';
import { useSiteSettings } from '../../app/useDevice';
import { useToday } from '../../data/hooks';
import { useSiteForecast } from './useForecast';
import { downloadCsv } from '../reports/download';
import { PlanChart } from './PlanChart';
import { PlanTable } from './PlanTable';
import { WhatIf } from './WhatIf';
import { usePlanCheck, useSimulationRules } from './usePlanCheck';

const HISTORY_WEEKS = [8, 10, 12] as const;

/**
 * The staffing planner: from this site's own history, how many desks each half hour of the week
 * needs to see customers within the standard, against how many were open there in recent weeks
 * (docs/planner.md). For the supervisor, before the week starts.
 */
export function PlannerScreen() {
  const id = useId();
  const today = useToday();
  const site = useSiteSettings();
  const { settings } = useSettings();
  const [weeks, setWeeks] = useState<number>(8);
  // The site's configured shrinkage until changed here (a change here is for this plan only).
  const [typed, setShrinkage] = useState<string | null>(null);
  const shrinkage = typed ?? String(site.shrinkagePercent);
  const { from, to, openDays, history, error, forecast } = useSiteForecast(weeks, today);
  const shrinkagePercent = Number(shrinkage);
  const shrinkageValid = shrinkage.trim() !== '' && Number.isFinite(shrinkagePercent) && shrinkagePercent >= 0 && shrinkagePercent <= 90;
  // Erlang C's desks for every half hour (shrinkage only changes whom to roster, applied below).
  const plan = useMemo(() => {
    if (!history || !forecast) return null;
    const rules = { standardMinutes: site.standardMinutes, targetPercent: site.targetPercent, shrinkagePercent: 0 };
    return planWeek(forecast, rules, desksOpenBySlot(history.deskEvents, openDays));
  }, [history, forecast, openDays, site.standardMinutes, site.targetPercent]);
  // How good is the forecast? The weeks before last week, forecasting last week.
  const accuracy = useMemo(() => {
    if (!history) return null;
    const lastWeekFrom = daysBefore(today, 7);
    const earlier = openDays.filter((d) => d < lastWeekFrom);
    const lastWeek = openDays.filter((d) => d >= lastWeekFrom);
    return earlier.length && lastWeek.length ? meanAbsoluteError(forecastFrom(history.tickets, earlier), history.tickets, lastWeek) : null;
  }, [history, openDays, today]);
  const simulation = useSimulationRules(site.standardMinutes, site.priorityStandardMinutes ?? halfStandard(site.standardMinutes), site.targetPercent);
  const check = usePlanCheck(forecast, plan, simulation);
  // Erlang C's plan until the simulation has checked the whole week; then the simulation's.
  const shown = useMemo(
    () => (plan && shrinkageValid ? settlePlan(plan, check?.done ? check.checks : [], shrinkagePercent) : null),
    [plan, check, shrinkagePercent, shrinkageValid],
  );
  const short = shown?.filter((p) => p.shortBy > 0) ?? [];
  const changed = shown?.filter((p) => p.check && p.check.erlangDesks !== p.desksNeeded) ?? [];

  return (
    <div className="planner">
      <p className="hint">
        Desks each half hour needs so that {site.targetPercent}% of customers are seen within {site.standardMinutes} minutes, from this site’s own customers and
        times at the desk (Erlang C, one queue for every service; Erlang A where customers give up), checked by simulation.
      </p>
      <p>
        <label htmlFor={`${id}-weeks`}>History</label>{' '}
        <select id={`${id}-weeks`} value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
          {HISTORY_WEEKS.map((w) => (
            <option key={w} value={w}>
              last {w} weeks
            </option>
          ))}
        </select>{' '}
        <label htmlFor={`${id}-shrinkage`}>Time away from the desk (breaks, training), %</label>{' '}
        <input
          id={`${id}-shrinkage`}
          type="number"
          min={0}
          max={90}
          inputMode="numeric"
          value={shrinkage}
          onChange={(e) => setShrinkage(e.target.value)}
          aria-invalid={!shrinkageValid}
        />
        {!shrinkageValid && <span role="alert"> Enter a share from 0 to 90.</span>}
      </p>
      {error ? (
        <p role="alert">The history could not be read: {error}</p>
      ) : !history || !forecast ? (
        <p role="status">Reading the last {weeks} weeks…</p>
      ) : (
        <>
          <p data-testid="plan-basis">
            From {forecast.daysUsed} open days ({from} to {to}; bank holidays and closed days left out).{' '}
            {accuracy === null
              ? 'Not enough history yet to say how well last week was forecast.'
              : `Last week’s forecast was off by ${accuracy.toFixed(1)} customers per half hour on average.`}
            {forecast.patienceMs !== null && ` ${walkOutSentence(forecast)}`}
          </p>
          {shown && shown.length === 0 && <p role="status">No customers in the history read: nothing to plan from yet.</p>}
          {shown && shown.length > 0 && (
            <>
              {!check?.done ? (
                <p role="status" data-testid="plan-check">
                  {methodName(forecast)}’s desks, being checked by simulating {SIMULATED_DAYS} days
                  {check?.weekday != null ? ` (${WEEKDAY_NAMES[check.weekday]})` : ''}…
                </p>
              ) : (
                <p role="status" data-testid="plan-check">
                  {checkSentence(forecast, changed.length, SIMULATED_DAYS)}
                </p>
              )}
              <p data-testid="plan-summary" role="status">
                {short.length === 0
                  ? 'Every half hour had at least the desks it needs open in recent weeks.'
                  : `${short.length} half hour${short.length === 1 ? '' : 's'} had fewer desks open than needed: the standard will be missed there unless more are opened.`}
              </p>
              <p>
                <button type="button" disabled={!check?.done} onClick={() => downloadCsv(planCsv(shown), `${settings.siteId}-staffing-plan-${today}.csv`)}>
                  Download the plan (CSV)
                </button>
              </p>
              <PlanChart plan={shown} />
              <PlanTable plan={shown} />
              <WhatIf
                plan={shown}
                forecast={forecast}
                simulation={check?.done ? simulation : null}
                standardMinutes={site.standardMinutes}
                targetPercent={site.targetPercent}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
