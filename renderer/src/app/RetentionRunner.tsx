import { useEffect } from 'react';
import { appDb } from '../db/database';
import { purgeExpiredNames } from '../db/retention';
import { useSettings } from './SettingsContext';

const HOURLY = 60 * 60_000;

/** Purges expired customer names at start-up and every hour (db/retention.ts). Renders nothing. */
export function RetentionRunner() {
  const { settings } = useSettings();
  const days = settings.nameRetentionDays;
  const connected = settings.endpointUrl !== '';
  useEffect(() => {
    const run = () => void purgeExpiredNames(appDb(), Date.now(), days, connected).catch(() => undefined);
    run();
    const timer = setInterval(run, HOURLY);
    return () => clearInterval(timer);
  }, [days, connected]);
  return null;
}
