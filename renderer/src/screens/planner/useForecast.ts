import { useMemo } from 'react';
import { forecastFrom, plannerWindow } from '../../../../shared/planner/forecast';
import type { Forecast } from '../../../../shared/planner/forecast';
import { useSiteSettings } from '../../app/useDevice';
import { usePlannerHistory } from '../../data/planner';
import type { PlannerHistory } from '../../data/planner';

export interface SiteForecast {
  from: string;
  to: string;
  /** The open days read: bank holidays and the council's own closed days left out. */
  openDays: string[];
  history: PlannerHistory | undefined;
  /** Why the history could not be read, if it could not. */
  error: string | undefined;
  forecast: Forecast | null;
}

/** The forecast from the last `weeks` weeks before today: the planner's, and the supervisor's next-hour line. */
export function useSiteForecast(weeks: number, today: string): SiteForecast {
  const site = useSiteSettings();
  const { holidayRegion, extraClosedDays } = site;
  const { from, to, openDays } = useMemo(() => plannerWindow(today, weeks, { holidayRegion, extraClosedDays }), [today, weeks, holidayRegion, extraClosedDays]);
  const { history, error } = usePlannerHistory(from, to, today);
  const forecast = useMemo(() => (history ? forecastFrom(history.tickets, openDays) : null), [history, openDays]);
  return { from, to, openDays, history, error, forecast };
}
