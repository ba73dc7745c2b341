import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Database, Queryable } from './db/adapter';

/**
 * Performance officers' accounts: a name, a password kept only as a slow
 * scrypt hash, the sites the officer may read (none listed: every site),
 * sessions that expire, and a lock after repeated failed logins. An officer
 * reads reports; nothing here can write an event.
 */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60_000;
export const SESSION_MS = 8 * 60 * 60_000;
const SCRYPT = { N: 16_384, r: 8, p: 1, keyLength: 32 };

export interface Officer {
  username: string;
  /** Empty: every site. */
  sites: string[];
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, SCRYPT.keyLength, { N, r, p, maxmem: 64 * 1024 * 1024 }, (e, key) => (e ? reject(e) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('hex')}$${key.toString('hex')}`;
}

export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const key = await derive(password, Buffer.from(salt, 'hex'), Number(n), Number(r), Number(p));
  const want = Buffer.from(hash, 'hex');
  return key.length === want.length && timingSafeEqual(key, want);
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Adds an officer with a new random password, returned once (the CLI prints it). */
export async function addOfficer(db: Queryable, username: string, sites: readonly string[]): Promise<{ password: string }> {
  if (!USERNAME.test(username)) throw new Error('An officer name is 2 to 40 lower-case letters, digits, dots, dashes or underscores, e.g. j.smith');
  if (sites.length) {
    const known = new Set((await db.query<{ id: string }>('SELECT id FROM sites WHERE id = ANY($1::text[])', [sites])).rows.map((r) => r.id));
    const unknown = sites.filter((s) => !known.has(s));
    if (unknown.length) throw new Error(`No such site: ${unknown.join(', ')}`);
  }
  const password = randomBytes(15).toString('base64url');
  const exists = await db.query('SELECT 1 FROM officers WHERE username = $1', [username]);
  if (exists.rows.length) throw new Error(`The officer ${username} exists already: remove them first to start again`);
  await db.query('INSERT INTO officers (username, password_hash, sites) VALUES ($1, $2, $3)', [username, await hashPassword(password), [...sites]]);
  return { password };
}

export async function removeOfficer(db: Queryable, username: string): Promise<boolean> {
  return (await db.query('DELETE FROM officers WHERE username = $1 RETURNING username', [username])).rows.length > 0;
}

export type LoginResult = { ok: true; session: string; officer: Officer } | { ok: false; reason: string };

const REFUSED = 'That name and password do not match an officer account.';

/**
 * Checks a login. Five failures in a row lock the account for 15 minutes (a right password
 * included); a success clears the count. A missing account takes as long to refuse as a wrong password.
 */
export async function logIn(db: Database, username: string, password: string, now: number): Promise<LoginResult> {
  const row = (
    await db.query<{ password_hash: string; sites: string[]; failed_logins: number; locked_until: string | number | null }>(
      'SELECT password_hash, sites, failed_logins, locked_until FROM officers WHERE username = $1',
      [username],
    )
  ).rows[0];
  if (!row) {
    await passwordMatches(password, `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$00$00`);
    return { ok: false, reason: REFUSED };
  }
  const lockedUntil = row.locked_until === null ? null : Number(row.locked_until);
  if (lockedUntil !== null && lockedUntil > now) {
    const minutes = Math.ceil((lockedUntil - now) / 60_000);
    return {
      ok: false,
      reason: `This account is locked after ${MAX_FAILED_LOGINS} failed logins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask IT.`,
    };
  }
  if (!(await passwordMatches(password, row.password_hash))) {
    const failed = (lockedUntil !== null ? 0 : row.failed_logins) + 1;
    const lock = failed >= MAX_FAILED_LOGINS ? now + LOCK_MS : null;
    await db.query('UPDATE officers SET failed_logins = $2, locked_until = $3 WHERE username = $1', [username, lock === null ? failed : 0, lock]);
    return { ok: false, reason: REFUSED };
  }
  await db.query('UPDATE officers SET failed_logins = 0, locked_until = NULL WHERE username = $1', [username]);
  const session = randomBytes(32).toString('base64url');
  await db.query('DELETE FROM officer_sessions WHERE expires_at <= $1', [now]);
  await db.query('INSERT INTO officer_sessions (token_hash, username, expires_at) VALUES ($1, $2, $3)', [sha256(session), username, now + SESSION_MS]);
  return { ok: true, session, officer: { username, sites: row.sites } };
}

/** The officer a session cookie belongs to, while it has not expired. */
export async function officerOfSession(db: Queryable, session: string | undefined, now: number): Promise<Officer | null> {
  if (!session || session.length > 100) return null;
  const row = (
    await db.query<{ username: string; sites: string[] }>(
      `SELECT o.username, o.sites FROM officer_sessions s JOIN officers o ON o.username = s.username
       WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [sha256(session), now],
    )
  ).rows[0];
  return row ? { username: row.username, sites: row.sites } : null;
}

export async function logOut(db: Queryable, session: string | undefined): Promise<void> {
  if (session) await db.query('DELETE FROM officer_sessions WHERE token_hash = $1', [sha256(session)]);
}

/**
 * The sites an officer may read (`allowed`), and of those asked for, the ones to read (all of
 * theirs when none are asked for), or why not.
 */
export async function readableSites(
  db: Queryable,
  officer: Officer,
  asked: readonly string[],
): Promise<{ allowed: string[] } & ({ ok: true; sites: string[] } | { ok: false; reason: string })> {
  const all = (await db.query<{ id: string }>('SELECT id FROM sites ORDER BY id')).rows.map((r) => r.id);
  const allowed = officer.sites.length ? all.filter((s) => officer.sites.includes(s)) : all;
  const denied = asked.filter((s) => !allowed.includes(s));
  if (denied.length) return { allowed, ok: false, reason: `Your account does not cover ${denied.join(', ')}.` };
  return { allowed, ok: true, sites: asked.length ? [...asked] : allowed };
}
