import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/adapter';
import { newDeviceToken, parseDeviceToken, secretMatches } from './auth';
import { err, ok } from '../../shared/core/result';
import type { Result } from '../../shared/core/result';

/** Sites and enrolled devices: what the council's IT manages from the CLI. */
export interface Device {
  id: string;
  siteId: string;
  name: string;
  headSeq: number;
  revoked: boolean;
}

const SITE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

export async function createSite(db: Queryable, id: string, name: string): Promise<void> {
  if (!SITE_ID.test(id)) throw new Error('A site code is lower-case letters, digits and dashes, e.g. chorley-town-hall.');
  if (!name.trim()) throw new Error('Give the site a name.');
  await db.query('INSERT INTO sites (id, name) VALUES ($1, $2)', [id, name.trim()]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Enrols a PC. Pass the id the PC already has (Settings shows it) so the
 * events it has written, and will write, are its own; a new id otherwise.
 * A PC that was revoked is enrolled again under its id with a new token (its
 * old one stays refused) and carries on where its events left off, at the
 * same site: a PC's events belong to its site.
 */
export async function enrolDevice(db: Queryable, siteId: string, name: string, existingDeviceId?: string): Promise<{ deviceId: string; token: string }> {
  const site = await db.query('SELECT id FROM sites WHERE id = $1', [siteId]);
  if (!site.rows.length) throw new Error(`There is no site ${siteId}. Create it first.`);
  if (existingDeviceId !== undefined && !UUID.test(existingDeviceId))
    throw new Error('A device id looks like 0192f0c4-1a2b-4c3d-8e4f-0123456789ab (see the PC’s Settings).');
  const deviceId = existingDeviceId ?? randomUUID();
  const { token, hash } = newDeviceToken(deviceId);
  const named = name.trim() || 'Reception PC';
  // One statement each way, so two enrolments at once cannot both succeed.
  const again = await db.query(
    'UPDATE devices SET token_hash = $3, name = $4, revoked_at = NULL WHERE id = $1 AND site_id = $2 AND revoked_at IS NOT NULL RETURNING id',
    [deviceId, siteId, hash, named],
  );
  if (again.rows.length) return { deviceId, token };
  const held = await db.query<{ site_id: string; revoked_at: string | null }>('SELECT site_id, revoked_at FROM devices WHERE id = $1', [deviceId]);
  const row = held.rows[0];
  if (row && row.site_id !== siteId) throw new Error(`Device ${deviceId} belongs to site ${row.site_id}; a PC's events stay with its site. Enrol it there.`);
  if (row) throw new Error(`Device ${deviceId} is already enrolled; revoke it first to issue a new token.`);
  const inserted = await db.query('INSERT INTO devices (id, site_id, name, token_hash) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING RETURNING id', [
    deviceId,
    siteId,
    named,
    hash,
  ]);
  if (!inserted.rows.length) throw new Error(`Device ${deviceId} is already enrolled; revoke it first to issue a new token.`);
  return { deviceId, token };
}

export async function listDevices(db: Queryable, siteId?: string): Promise<(Device & { createdAt: string })[]> {
  const rows = await db.query<{ id: string; site_id: string; name: string; head_seq: number; revoked_at: string | null; created_at: string }>(
    `SELECT id, site_id, name, head_seq, revoked_at, created_at FROM devices ${siteId ? 'WHERE site_id = $1' : ''} ORDER BY site_id, created_at`,
    siteId ? [siteId] : [],
  );
  return rows.rows.map((r) => ({
    id: r.id,
    siteId: r.site_id,
    name: r.name,
    headSeq: r.head_seq,
    revoked: r.revoked_at !== null,
    createdAt: String(r.created_at),
  }));
}

/** NOTIFY channel naming a device just revoked: every endpoint process ends that device's live streams. */
export const REVOKED_CHANNEL = 'oss_revoked';

export async function revokeDevice(db: Queryable, deviceId: string): Promise<boolean> {
  const r = await db.query('UPDATE devices SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id', [deviceId]);
  if (r.rows.length) await db.query('SELECT pg_notify($1, $2)', [REVOKED_CHANNEL, deviceId]);
  return r.rows.length > 0;
}

/** Whether a device may still use its token: enrolled and not revoked. */
export async function stillEnrolled(db: Queryable, deviceId: string): Promise<boolean> {
  const r = await db.query<{ revoked_at: string | null }>('SELECT revoked_at FROM devices WHERE id = $1', [deviceId]);
  return r.rows.length > 0 && r.rows[0]!.revoked_at === null;
}

/** Why a token was refused: `message` is the sentence sent back (every refusal reads alike from outside). */
export type AuthResult = Result<Device, { message: string }>;

/** From an Authorization header to the device, or why not. Every failure looks the same from outside. */
export async function authenticate(db: Queryable, header: string | undefined): Promise<AuthResult> {
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
  if (!token) return err({ message: 'missing bearer token' });
  const parsed = parseDeviceToken(token);
  if (!parsed) return err({ message: 'malformed device token' });
  const rows = await db.query<{ id: string; site_id: string; name: string; token_hash: string; head_seq: number; revoked_at: string | null }>(
    'SELECT id, site_id, name, token_hash, head_seq, revoked_at FROM devices WHERE id = $1',
    [parsed.deviceId],
  );
  const row = rows.rows[0];
  if (!row || !secretMatches(parsed.secret, row.token_hash)) return err({ message: 'unknown device token' });
  if (row.revoked_at !== null) return err({ message: 'this device has been revoked' });
  return ok({ id: row.id, siteId: row.site_id, name: row.name, headSeq: row.head_seq, revoked: false });
}

/** The site's name as IT entered it; its code if the row is somehow gone. */
export async function siteName(db: Queryable, siteId: string): Promise<string> {
  const site = await db.query<{ name: string }>('SELECT name FROM sites WHERE id = $1', [siteId]);
  return site.rows[0]?.name ?? siteId;
}
