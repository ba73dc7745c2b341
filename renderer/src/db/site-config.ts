import { DEFAULT_SITE_CONFIG } from '../../../shared/config/site-config';
import type { SiteConfig } from '../../../shared/config/site-config';
import type { Settings } from '../../../shared/settings/schema';
import type { StoredService } from './meta';

/**
 * The site's configuration as the domain core wants it: each service's
 * standard is its own if set, else the site's standard from settings; the
 * priority standard is its own if set, else half the standard.
 */
export function siteConfigFrom(settings: Settings, services: readonly StoredService[]): SiteConfig {
  const site = settings.thresholds.standardMinutes;
  return {
    ...DEFAULT_SITE_CONFIG,
    targetPercent: settings.thresholds.targetPercent,
    nearBreachMinutes: settings.thresholds.nearBreachMinutes,
    services: services.map((s) => {
      const standardMinutes = s.standardMinutes ?? site;
      return { id: s.id, name: s.name, letter: s.letter, directorate: s.directorate, active: s.active, standardMinutes, priorityStandardMinutes: s.priorityStandardMinutes ?? Math.max(1, Math.ceil(standardMinutes / 2)) };
    }),
    directorates: [...new Set([...DEFAULT_SITE_CONFIG.directorates, ...services.map((s) => s.directorate)])],
  };
}
