import { londonDay } from '../calendar/london';
import type { DomainEvent } from '../events/schema';
import { DEFAULT_SITE_SETTINGS } from './site-settings';
import type { SiteSettings } from './site-settings';

/**
 * A site's configuration over time, from its `site.configured` events. Pure and order-free: any
 * PC, and the endpoint, holding the same events reach the same answer.
 *
 * - The versions are in clock (HLC) order: of two saves made at once on two PCs, the later
 *   clock's stands, at every PC alike.
 * - A version is in force from the day it was saved (London time) until a later one.
 * - A day before the site's first version is judged by that first version: it is the site's own
 *   configuration, and the defaults would judge a Scottish site by English holidays.
 * - A site with no version at all has the defaults (`DEFAULT_SITE_SETTINGS`), or on a PC that
 *   was upgraded, what it held itself before (`beforeAnyVersion`), until a supervisor saves one.
 *
 * A ticket's standard is not read from here: it was fixed on the ticket at issue.
 */
export interface SiteVersion {
  /** 1 for the first, counted in clock order (not the number the saving PC wrote, which two PCs may share). */
  version: number;
  settings: SiteSettings;
  /** From this day (YYYY-MM-DD, London) on. */
  fromDay: string;
  at: number;
  hlc: string;
  changedOn: string;
  changedBy: string | null;
  eventId: string;
}

type Configured = Extract<DomainEvent, { type: 'site.configured' }>;

export function siteVersions(events: Iterable<DomainEvent>): SiteVersion[] {
  // Each save once (a log merged from several sources may hold a copy), then in clock order.
  const byId = new Map<string, Configured>();
  for (const e of events) if (e.type === 'site.configured') byId.set(e.id, e);
  // Plain string order of the HLC is clock order; the id breaks a tie (two PCs never share a clock node, but a copy might),
  // and with each id once, "not before" is "after".
  // Stryker disable next-line EqualityOperator: no two saves share both clock and id, so < and <= order alike
  const unique = [...byId.values()].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : 1));
  return unique.map((e, i) => ({
    version: i + 1,
    settings: e.payload.settings,
    fromDay: londonDay(e.at),
    at: e.at,
    hlc: e.hlc,
    changedOn: e.payload.changedOn,
    changedBy: e.payload.changedBy ?? null,
    eventId: e.id,
  }));
}

/** The configuration that stands now: the latest version, or the defaults if the site has none. */
export function currentSite(versions: readonly SiteVersion[], beforeAnyVersion: SiteSettings = DEFAULT_SITE_SETTINGS): SiteSettings {
  return versions.length ? versions[versions.length - 1]!.settings : beforeAnyVersion;
}

/** The configuration in force on a day (see above). */
export function siteOnDay(versions: readonly SiteVersion[], day: string, beforeAnyVersion: SiteSettings = DEFAULT_SITE_SETTINGS): SiteSettings {
  let found: SiteVersion | undefined;
  for (const v of versions) if (v.fromDay <= day) found = v;
  return (found ?? versions[0])?.settings ?? beforeAnyVersion;
}

/**
 * What a PC upgraded from a version that kept the site's configuration in its own settings judges
 * by until the site has a version: its own values, carried over, on the defaults.
 */
export function carriedOverSite(carried: Partial<Omit<SiteSettings, 'services'>> | null, services: SiteSettings['services'] | null): SiteSettings {
  return { ...DEFAULT_SITE_SETTINGS, ...carried, services: services ?? DEFAULT_SITE_SETTINGS.services };
}

/** The version number the next save writes: one more than the latest this PC knows. */
export function nextVersion(versions: readonly SiteVersion[]): number {
  return versions.length + 1;
}
