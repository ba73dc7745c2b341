import { useMemo } from 'react';
import { daysBetween } from '../../../../shared/calendar/periods';
import { isBankHoliday } from '../../../../shared/calendar/bank-holidays';
import { daysBefore, forecastFrom } from '../../../../shared/planner/forecast';
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
  const from = daysBefore(today, weeks * 7);
  const to = daysBefore(today, 1);
  const { history, error } = usePlannerHistory(from, to, today);
  // Bank holidays and the council's own closed days are not days a forecast learns from.
  const openDays = useMemo(
    () => daysBetween(from, to).filter((d) => !isBankHoliday(d, site.holidayRegion) && !site.extraClosedDays.includes(d)),
    [from, to, site.holidayRegion, site.extraClosedDays],
  );
  const forecast = useMemo(() => (history ? forecastFrom(history.tickets, openDays) : null), [history, openDays]);
  return { from, to, openDays, history, error, forecast };
}
