import { createHash, randomBytes } from 'node:crypto';
import { formatHlc, parseHlc } from '../../shared/clock/hlc';
import { uuidv7 } from '../../shared/core/uuidv7';
import { SiteSettingsSchema } from '../../shared/config/site-settings';
import type { SiteSettings } from '../../shared/config/site-settings';
import { currentSite, nextVersion, siteVersions } from '../../shared/config/site-history';
import type { SiteVersion } from '../../shared/config/site-history';
import { EVENT_VERSION } from '../../shared/events/schema';
import { badTextPath } from '../../shared/events/text';
import type { DomainEvent } from '../../shared/events/schema';
import { describeIssues } from '../../shared/settings/stored';
import type { Database, Queryable } from '../db/adapter';
import { pushBatch } from '../devices/ingest';

/**
 * Each site's configuration at the endpoint: read from the sites' `site.configured` events (the
 * same ones every PC folds), and written by IT from the CLI as an event of the site's own, so the
 * PCs receive it like a supervisor's save.
 */
export async function siteVersionsOf(db: Queryable, siteIds: readonly string[]): Promise<Map<string, SiteVersion[]>> {
  const rows = await db.query<{ site_id: string; body: DomainEvent }>(
    `SELECT site_id, body FROM events WHERE type = 'site.configured' AND site_id = ANY($1::text[]) ORDER BY site_id, hlc`,
    [siteIds],
  );
  const bySite = new Map<string, DomainEvent[]>(siteIds.map((id) => [id, []]));
  for (const r of rows.rows) bySite.get(r.site_id)?.push(r.body);
  return new Map([...bySite].map(([id, events]) => [id, siteVersions(events)]));
}

/**
 * The device IT's changes are written as: one per site, a fixed id derived from the site's code,
 * created on first use and never able to sign in (its token hash matches no token).
 */
function endpointDeviceId(siteId: string): string {
  const h = createHash('sha256').update(`oss-endpoint-admin:${siteId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const ENDPOINT_DEVICE_NAME = 'Endpoint (IT)';

/**
 * Saves a site's configuration from the endpoint: a whole record, checked by the same schema as a
 * PC's save; a bad one changes nothing. Its clock is after every version held, so it stands.
 */
export async function configureSite(db: Database, siteId: string, raw: unknown, changedBy: string | undefined, now: number): Promise<SiteVersion> {
  const parsed = SiteSettingsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`The site's configuration was not saved: ${describeIssues(parsed.error.issues)}`);
  const bad = badTextPath(parsed.data);
  if (bad) throw new Error(`The site's configuration was not saved: ${bad} has a NUL character or a broken character in it.`);
  const site = await db.query('SELECT id FROM sites WHERE id = $1', [siteId]);
  if (!site.rows.length) throw new Error(`There is no site ${siteId}. Create it first.`);
  const deviceId = endpointDeviceId(siteId);
  await db.query(`INSERT INTO devices (id, site_id, name, token_hash, revoked_at) VALUES ($1, $2, $3, '-', now()) ON CONFLICT (id) DO NOTHING`, [
    deviceId,
    siteId,
    ENDPOINT_DEVICE_NAME,
  ]);
  // Two saves at once take the same seq: the second is refused by the push, and tried again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const versions = (await siteVersionsOf(db, [siteId])).get(siteId)!;
    const head = (await db.query<{ head_seq: number }>('SELECT head_seq FROM devices WHERE id = $1', [deviceId])).rows[0]!.head_seq;
    const latest = versions.length ? parseHlc(versions[versions.length - 1]!.hlc) : null;
    const millis = Math.max(now, latest?.ok ? latest.value.millis + 1 : 0);
    const event = {
      id: uuidv7(now, randomBytes(10)),
      siteId,
      deviceId,
      deviceSeq: head + 1,
      hlc: formatHlc({ millis, counter: 0, node: deviceId }),
      at: now,
      type: 'site.configured',
      payload: { version: nextVersion(versions), settings: parsed.data, changedOn: ENDPOINT_DEVICE_NAME, ...(changedBy ? { changedBy } : {}) },
      v: EVENT_VERSION,
    };
    const result = await pushBatch(db, { id: deviceId, siteId, name: ENDPOINT_DEVICE_NAME, headSeq: head, revoked: false }, [event]);
    if (result.ok) return (await siteVersionsOf(db, [siteId])).get(siteId)!.find((v) => v.eventId === event.id)!;
    if (result.error.status !== 409) throw new Error(result.error.message);
  }
  throw new Error('Another change to this site was being saved at the same moment; run the command again.');
}

/** The configuration standing now, for the CLI's `site-config` and the officer page. */
export async function currentSiteOf(db: Queryable, siteId: string): Promise<SiteSettings> {
  return currentSite((await siteVersionsOf(db, [siteId])).get(siteId) ?? []);
}
