import type { Queryable } from '../db/adapter';

/**
 * Failed officer logins slow the next attempt down; they never lock an account. A hard lock is
 * a switch anyone can throw: five wrong passwords every fifteen minutes kept a real officer out
 * for good. Instead each failure counts against three keys, each with some free failures and then
 * a delay that doubles with every further failure, up to a cap:
 *
 * - this account from this address: a person mistyping, or one attacker guessing one account;
 * - this address, whatever account: one attacker trying many accounts;
 * - this account, whatever address: many addresses guessing one account. Its cap is short,
 *   so an attack from elsewhere can delay the real officer by a minute at most.
 *
 * While a key's delay runs, an attempt is refused whatever its password (which is still hashed,
 * so the refusal takes as long as any other) and is not counted: an attacker cannot stretch the
 * delay by trying during it. Once it has passed, the right password gets in. Unknown accounts are throttled the same way, so a delay says nothing
 * about whether an account exists.
 */
export interface ThrottleRule {
  free: number;
  capMs: number;
}
export const THROTTLE: Record<'pair' | 'address' | 'account', ThrottleRule> = {
  pair: { free: 5, capMs: 15 * 60_000 },
  address: { free: 20, capMs: 15 * 60_000 },
  account: { free: 50, capMs: 60_000 },
};
/** A key not failed for this long starts again from nothing. */
export const FORGET_AFTER_MS = 24 * 60 * 60_000;

/** The delay after `failures` failures under a rule: none while free, then 1 s, 2 s, 4 s… up to the cap. */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  if (failures <= rule.free) return 0;
  return Math.min(rule.capMs, 1000 * 2 ** Math.min(30, failures - rule.free - 1));
}

const keysOf = (username: string, address: string) => ({
  pair: `pair:${username}|${address}`,
  address: `address:${address}`,
  account: `account:${username}`,
});

/** Whether an attempt for this account from this address must wait: the latest of its keys' delays, or 0. */
export async function throttledUntil(db: Queryable, username: string, address: string, now: number): Promise<number> {
  const keys = Object.values(keysOf(username, address));
  const rows = await db.query<{ blocked_until: string | number }>('SELECT blocked_until FROM login_throttle WHERE key = ANY($1::text[])', [keys]);
  const until = rows.rows.reduce((m, r) => Math.max(m, Number(r.blocked_until)), 0);
  return until > now ? until : 0;
}

export async function recordFailure(db: Queryable, username: string, address: string, now: number): Promise<void> {
  for (const [kind, key] of Object.entries(keysOf(username, address)) as [keyof typeof THROTTLE, string][]) {
    const row = (await db.query<{ failures: number; updated_at: string | number }>('SELECT failures, updated_at FROM login_throttle WHERE key = $1', [key]))
      .rows[0];
    const failures = (row && now - Number(row.updated_at) < FORGET_AFTER_MS ? row.failures : 0) + 1;
    await db.query(
      `INSERT INTO login_throttle (key, failures, blocked_until, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO UPDATE SET failures = $2, blocked_until = $3, updated_at = $4`,
      [key, failures, now + delayAfter(failures, THROTTLE[kind]), now],
    );
  }
}

/** A login that succeeded clears what this account and address had against them together, and the account's own count. */
export async function recordSuccess(db: Queryable, username: string, address: string): Promise<void> {
  const k = keysOf(username, address);
  await db.query('DELETE FROM login_throttle WHERE key = ANY($1::text[])', [[k.pair, k.account]]);
}
