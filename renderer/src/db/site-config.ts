import { siteVersions } from '../../../shared/config/site-history';
import type { SiteVersion } from '../../../shared/config/site-history';
import { SITE_CONFIG_SCOPE } from '../../../shared/events/scope';
import type { ReceptionDb } from './database';

/**
 * The site's configuration versions this PC holds: its own saves and every other PC's (and IT's at
 * the endpoint), from the log, by one indexed read. shared/config/site-history.ts says which stands.
 */
export async function readSiteVersions(db: ReceptionDb): Promise<SiteVersion[]> {
  return siteVersions(await db.events.where('scope').equals(SITE_CONFIG_SCOPE).toArray());
}
