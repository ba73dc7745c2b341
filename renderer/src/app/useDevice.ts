import { useContext, useMemo } from 'react';
import type { SiteConfig } from '../../../shared/config/site-config';
import { carriedOverSite, currentSite, siteOnDay } from '../../../shared/config/site-history';
import type { SiteVersion } from '../../../shared/config/site-history';
import { siteConfigOf } from '../../../shared/config/site-settings';
import type { SiteSettings } from '../../../shared/config/site-settings';
import { holidayCalendar } from '../../../shared/calendar/working-days';
import type { HolidayCalendar } from '../../../shared/calendar/working-days';
import { complaintPolicyOf } from '../../../shared/figures/contacts';
import type { ComplaintPolicy } from '../../../shared/figures/contacts';
import type { DeviceContext } from '../db/commands';
import { useSiteBeforeAnyVersion, useSiteVersions } from '../data/hooks';
import { useSettings } from './SettingsContext';
import { SiteContext } from './site-context';
import type { SiteRead } from './site-context';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

const NO_VERSIONS: SiteVersion[] = [];

/**
 * The site's configuration as it stands, and its versions, live from the log (a save at any PC or
 * by IT at the endpoint). Before the site has any version: what this PC practised with, or held
 * itself before it was upgraded (db/meta.ts), else the defaults.
 */
export function useSiteFromLog(): SiteRead {
  const { settings } = useSettings();
  const read = useSiteVersions();
  const versions = read ?? NO_VERSIONS;
  const carried = settings.carriedOver;
  const kept = useSiteBeforeAnyVersion(carried);
  const loaded = read !== undefined && kept !== undefined;
  return useMemo(() => {
    const beforeAnyVersion = kept ?? carriedOverSite(carried, null);
    return { settings: currentSite(versions, beforeAnyVersion), versions, beforeAnyVersion, loaded };
  }, [versions, carried, kept, loaded]);
}

/** The site's configuration: SiteGate's one reading (site-context.ts), or this component's own outside it. */
export function useSite(): SiteRead {
  const gated = useContext(SiteContext);
  const own = useSiteFromLog();
  return gated ?? own;
}

/** The site's configuration standing now (site-settings.ts): standards, targets, services, holidays. */
export function useSiteSettings(): SiteSettings {
  return useSite().settings;
}

/** The site's configuration as the domain core works from it. */
export function useSiteConfig(): SiteConfig {
  const site = useSiteSettings();
  return useMemo(() => siteConfigOf(site), [site]);
}

/** Everything a command needs to know about this PC: who it is, the clock, randomness. */
export function useDevice(): DeviceContext {
  const { settings } = useSettings();
  const config = useSiteConfig();
  return useMemo(
    () => ({
      siteId: settings.siteId,
      deviceId: settings.deviceId,
      deviceName: settings.deviceName,
      slot: { slot: Math.min(settings.issuingSlot, settings.issuingSlots - 1), slots: settings.issuingSlots },
      config,
      now: () => Date.now(),
      randomBytes,
    }),
    [settings, config],
  );
}

/**
 * Complaint due dates by the site's bank holidays and closed days: each ticket's by the
 * configuration in force on its day, as the endpoint's reports count them (server/reports/reports.ts).
 */
export function useComplaintPolicy(): ComplaintPolicy {
  const { settings, versions, beforeAnyVersion } = useSite();
  return useMemo(() => {
    const calendars = new Map<SiteSettings, HolidayCalendar>();
    const calendarOf = (s: SiteSettings) => calendars.get(s) ?? calendars.set(s, holidayCalendar(s.holidayRegion, s.extraClosedDays)).get(s)!;
    return { ...complaintPolicyOf(settings), calendarFor: (_siteId, day) => calendarOf(siteOnDay(versions, day, beforeAnyVersion)) };
  }, [settings, versions, beforeAnyVersion]);
}
