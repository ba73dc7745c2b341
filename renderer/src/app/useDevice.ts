import { useMemo } from 'react';
import type { SiteConfig } from '../../../shared/config/site-config';
import { complaintPolicyOf } from '../../../shared/figures/contacts';
import type { ComplaintPolicy } from '../../../shared/figures/contacts';
import type { DeviceContext } from '../db/commands';
import { useStoredServices } from '../data/hooks';
import { siteConfigFrom } from '../../../shared/config/stored-services';
import { useSettings } from './SettingsContext';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** The site's configuration, live from the database (services) and settings (standards). */
export function useSiteConfig(): SiteConfig {
  const { settings } = useSettings();
  const services = useStoredServices();
  return useMemo(() => siteConfigFrom(settings, services), [settings, services]);
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

/** Complaint due dates by this site's bank holiday region and its own closed days. */
export function useComplaintPolicy(): ComplaintPolicy {
  const { settings } = useSettings();
  const { holidayRegion, extraClosedDays } = settings;
  return useMemo(() => complaintPolicyOf({ holidayRegion, extraClosedDays }), [holidayRegion, extraClosedDays]);
}
