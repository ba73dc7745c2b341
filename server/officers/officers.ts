import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Database, Queryable } from '../db/adapter';
import { recordFailure, recordSuccess, throttledUntil } from './login-throttle';
import { err, ok } from '../../shared/core/result';
import type { Result } from '../../shared/core/result';

/**
 * Performance officers' accounts: a name, a password kept only as a slow
 * scrypt hash, the sites the officer may read (none listed: every site),
 * sessions that expire, and growing delays after failed logins. An officer
 * reads reports; nothing here can write an event.
 */
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

/** A session for the officer, or the one sentence every refusal shows (`LOGIN_REFUSED`). */
export type LoginResult = Result<{ session: string; officer: Officer }, { message: string }>;

/**
 * Every failed login gets these words, whatever failed (no such account, a wrong password, an
 * attempt made while a delay ran), so a refusal says nothing about which accounts exist.
 */
export const LOGIN_REFUSED =
  'That name and password do not match an officer account, or there have been several failed attempts: wait a minute, then try again. IT can reset a forgotten password.';

const NO_ACCOUNT_HASH = `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$00$00`;

/**
 * Checks a login from a client address. Failures earn growing delays (login-throttle.ts), never a
 * lock; every failure costs one scrypt and says the same words, so neither the words nor the time
 * tell an existing account from a missing one, or a delay from a wrong password.
 */
export async function logIn(db: Database, username: string, password: string, address: string, now: number): Promise<LoginResult> {
  const row = (await db.query<{ password_hash: string; sites: string[] }>('SELECT password_hash, sites FROM officers WHERE username = $1', [username])).rows[0];
  const waiting = (await throttledUntil(db, username, address, now)) > 0;
  const matches = await passwordMatches(password, row?.password_hash ?? NO_ACCOUNT_HASH);
  if (waiting) return err({ message: LOGIN_REFUSED });
  if (!row || !matches) {
    await recordFailure(db, username, address, now);
    return err({ message: LOGIN_REFUSED });
  }
  await recordSuccess(db, username, address);
  const session = randomBytes(32).toString('base64url');
  await db.query('DELETE FROM officer_sessions WHERE expires_at <= $1', [now]);
  await db.query('INSERT INTO officer_sessions (token_hash, username, expires_at) VALUES ($1, $2, $3)', [sha256(session), username, now + SESSION_MS]);
  return ok({ session, officer: { username, sites: row.sites } });
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
): Promise<{ allowed: string[]; sites: Result<string[], { message: string }> }> {
  const all = (await db.query<{ id: string }>('SELECT id FROM sites ORDER BY id')).rows.map((r) => r.id);
  const allowed = officer.sites.length ? all.filter((s) => officer.sites.includes(s)) : all;
  const denied = asked.filter((s) => !allowed.includes(s));
  if (denied.length) return { allowed, sites: err({ message: `Your account does not cover ${denied.join(', ')}.` }) };
  return { allowed, sites: ok(asked.length ? [...asked] : allowed) };
}
