import { useEffect } from 'react';
import { londonDay } from '../../../shared/calendar/london';
import { appDb } from '../db/database';
import { warmReportDays } from '../db/report-days';

const FIRST_AFTER_MS = 20_000;
const HOURLY = 60 * 60_000;
const pause = () => new Promise<void>((r) => setTimeout(r, 50));

/**
 * Keeps the report cache warm (db/report-days.ts): some seconds after start,
 * so opening the app is not slowed, and every hour (yesterday joins it after
 * midnight; a day changed by a late sync is rebuilt). Renders nothing.
 */
export function ReportCacheRunner() {
  useEffect(() => {
    const run = () => void warmReportDays(appDb(), londonDay(Date.now()), pause).catch(() => undefined);
    const first = setTimeout(run, FIRST_AFTER_MS);
    const timer = setInterval(run, HOURLY);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  return null;
}
