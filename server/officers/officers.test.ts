import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, at, must } from '../../shared/testing/scenario';
import { runAdmin } from '../admin/admin';
import { buildApp } from '../http/app';
import type { Database } from '../db/adapter';
import { migrate } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { pushBatch } from '../devices/ingest';
import { THROTTLE } from './login-throttle';
import { LOGIN_REFUSED, SESSION_MS } from './officers';
import { own, siteWithPcs } from '../../test/support/server-world';

/**
 * The performance officer over the web: an account made from the CLI, a
 * session cookie, the report across the sites the account covers, CSV and
 * the two returns; failed logins slowed down, never locked; never able to write.
 */
let db: Database;
let app: FastifyInstance;
let clock = at(120);
const passwords = new Map<string, string>();

async function admin(command: 'officer-add' | 'officer-remove', args: string[]): Promise<string> {
  let said = '';
  await runAdmin(db, command, args, (t) => (said += t));
  return said;
}

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  for (const site of ['chorley', 'leyland', 'euxton']) {
    const [pc] = await siteWithPcs(db, site, 1);
    for (let m = 0; m < (site === 'chorley' ? 3 : 2); m++) must(pc!.sim.issue(at(m), DAY, 'council-tax'));
    expect((await pushBatch(db, { id: pc!.id, siteId: site, name: 'PC', headSeq: 0, revoked: false }, own(pc!.sim))).ok).toBe(true);
  }
  for (const [name, sites] of [
    ['j.smith', ['--sites', 'chorley,leyland']],
    ['a.khan', []],
  ] as const) {
    const said = await admin('officer-add', [name, ...sites]);
    passwords.set(name, said.trim().split('\n').at(-1)!);
  }
  app = await buildApp({ db, now: () => clock });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

async function logIn(username: string, password = passwords.get(username)!, from = '192.0.2.1', headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: '/officer/login',
    remoteAddress: from,
    headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'localhost:80', ...headers },
    payload: new URLSearchParams({ username, password }).toString(),
  });
}
const cookieOf = (res: Awaited<ReturnType<typeof logIn>>) => String(res.headers['set-cookie']).split(';')[0]!;
const get = (url: string, cookie: string) => app.inject({ method: 'GET', url, headers: { cookie } });

describe('officer accounts', () => {
  it('are made from the CLI with a password shown once and kept only as a slow hash', async () => {
    expect(passwords.get('j.smith')).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const stored = (await db.query<{ password_hash: string }>("SELECT password_hash FROM officers WHERE username = 'j.smith'")).rows[0]!.password_hash;
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(stored).not.toContain(passwords.get('j.smith'));
    await expect(admin('officer-add', ['j.smith'])).rejects.toThrow(/exists already/);
    await expect(admin('officer-add', ['x.y', '--sites', 'nowhere'])).rejects.toThrow('No such site: nowhere');
    await expect(admin('officer-add', ['Bad Name'])).rejects.toThrow(/lower-case letters/);
  });

  it('log in to a session cookie (HttpOnly, SameSite=Strict), and the page offers only their sites', async () => {
    const res = await logIn('j.smith');
    expect(res.statusCode).toBe(303);
    expect(String(res.headers['set-cookie'])).toMatch(/^oss_officer=[A-Za-z0-9_-]{43}; Path=\/officer; HttpOnly; SameSite=Strict; Max-Age=28800$/);
    const page = await get('/officer', cookieOf(res));
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(page.body).toContain('Logged in as j.smith');
    expect([...page.body.matchAll(/name="sites" value="([^"]+)"/g)].map((m) => m[1])).toEqual(['chorley', 'leyland']);
  });

  it('read the report across their sites, with the returns as files, and are refused a site they do not cover', async () => {
    const cookie = cookieOf(await logIn('j.smith'));
    const report = await get(`/officer?from=${DAY}&to=${DAY}&by=site`, cookie);
    expect(report.statusCode).toBe(200);
    // All of j.smith's sites: chorley's 3 tickets and leyland's 2; euxton's are not theirs.
    expect(report.body).toMatch(/<th scope="row">All<\/th><td>5<\/td>/);
    expect([...report.body.matchAll(/<th scope="row">([a-z]+)<\/th><td>(\d+)<\/td>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['chorley', '3'],
      ['leyland', '2'],
    ]);
    const csv = await get(`/officer/report?sites=chorley&sites=leyland&from=${DAY}&to=${DAY}&format=service-level-return`, cookie);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="chorley-leyland-${DAY}-to-${DAY}-service-level-return.csv"`);
    expect(
      csv.body
        .split('\n')
        .filter((l) => /^[^,]+,(chorley|leyland|All sites),All services,/.test(l))
        .map((l) => l.split(',')[1]),
    ).toEqual(['chorley', 'leyland', 'All sites']);
    const denied = await get(`/officer?sites=euxton&from=${DAY}&to=${DAY}`, cookie);
    expect(denied.statusCode).toBe(403);
    expect(denied.body).toContain('Your account does not cover euxton.');
    // An account with no sites listed reads every site.
    const all = await get(`/officer?from=${DAY}&to=${DAY}`, cookieOf(await logIn('a.khan')));
    expect(all.body).toMatch(/<th scope="row">All<\/th><td>7<\/td>/);
  });

  it('slow down failed logins with growing delays, never a lock: the right password gets in once the delay has passed', async () => {
    const from = '10.0.0.21';
    for (let i = 0; i < THROTTLE.pair.free; i++) expect((await logIn('a.khan', 'wrong', from)).body).toContain(LOGIN_REFUSED);
    // One more failure earns a 1 s delay; during it even the right password is refused, in the same words.
    await logIn('a.khan', 'wrong', from);
    const during = await logIn('a.khan', undefined, from);
    expect([during.statusCode, during.body.includes(LOGIN_REFUSED)]).toEqual([401, true]);
    clock += 1_001;
    expect((await logIn('a.khan', undefined, from)).statusCode).toBe(303);
  });

  it('an attacker failing from one address, however often, never keeps the officer out from another', async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 12; i++) await logIn('a.khan', 'guess', '203.0.113.66');
      clock += 15 * 60_000; // the old lock's period: the attack kept it shut for good
    }
    for (let i = 0; i < 12; i++) await logIn('a.khan', 'guess', '203.0.113.66');
    expect((await logIn('a.khan', undefined, '10.0.0.7')).statusCode).toBe(303);
    expect((await logIn('a.khan', undefined, '203.0.113.66')).statusCode).toBe(401);
  });

  it('say the same words for a missing account, a wrong password and an attempt during a delay', async () => {
    const refusals = [await logIn('nobody', 'x', '10.0.0.9'), await logIn('a.khan', 'wrong', '10.0.0.9')];
    for (let i = 0; i < THROTTLE.pair.free + 1; i++) refusals.push(await logIn('nobody', 'x', '10.0.0.9'));
    refusals.push(await logIn('nobody', 'x', '10.0.0.9'));
    const words = (body: string) => /<p class="error"[^>]*>([^<]*)<\/p>/.exec(body)?.[1];
    expect(new Set(refusals.map((r) => [r.statusCode, words(r.body)].join(' ')))).toEqual(new Set([`401 ${LOGIN_REFUSED}`]));
  });

  it('act on a login or log-out form only when it comes from the officer page itself', async () => {
    const foreign = await logIn('a.khan', undefined, '10.0.0.8', { origin: 'https://evil.example' });
    expect([foreign.statusCode, foreign.headers['set-cookie']]).toEqual([403, undefined]);
    const fromReferer = await logIn('a.khan', undefined, '10.0.0.8', { referer: 'https://evil.example/page' });
    expect(fromReferer.statusCode).toBe(403);
    const own = await logIn('a.khan', undefined, '10.0.0.8', { origin: 'http://localhost:80' });
    expect(own.statusCode).toBe(303);
    const cookie = cookieOf(own);
    const out = await app.inject({ method: 'POST', url: '/officer/logout', headers: { cookie, origin: 'https://evil.example' } });
    expect(out.statusCode).toBe(403);
    expect((await get('/officer', cookie)).statusCode).toBe(200);
    // The officer's pages are for their own origin: no CORS header invites another site to read them.
    expect(own.headers['access-control-allow-origin']).toBeUndefined();
    expect((await get('/officer', cookie)).headers['access-control-allow-origin']).toBeUndefined();
    expect((await app.inject({ method: 'GET', url: '/v1/health' })).headers['access-control-allow-origin']).toBe('*');
  });

  it('sessions expire, end at log-out and when the account is removed', async () => {
    const cookie = cookieOf(await logIn('j.smith'));
    expect((await get('/officer', cookie)).body).toContain('Logged in as j.smith');
    clock += SESSION_MS + 1;
    expect((await get('/officer', cookie)).body).toContain('<h1>Council-wide reports</h1>\n<p>For the council');
    const again = cookieOf(await logIn('j.smith'));
    await app.inject({ method: 'POST', url: '/officer/logout', headers: { cookie: again } });
    expect((await get('/officer', again)).statusCode).toBe(401);
    const third = cookieOf(await logIn('j.smith'));
    expect(await admin('officer-remove', ['j.smith'])).toBe('Removed, and logged out everywhere.\n');
    expect((await get('/officer', third)).statusCode).toBe(401);
  });

  it('never write events, and a device route never takes an officer’s cookie', async () => {
    const cookie = cookieOf(await logIn('a.khan'));
    const push = await app.inject({ method: 'POST', url: '/v1/events', headers: { cookie, 'content-type': 'application/json' }, payload: { events: [] } });
    expect(push.statusCode).toBe(401);
    const reportAsDevice = await app.inject({ method: 'GET', url: `/v1/reports?from=${DAY}&to=${DAY}`, headers: { cookie } });
    expect(reportAsDevice.statusCode).toBe(401);
  });

  it('escapes what they type back into the page, and refuses a malformed query in words', async () => {
    const cookie = cookieOf(await logIn('a.khan'));
    const bad = await get('/officer?from=2026-13-01&to=<script>', cookie);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('That report cannot be made: check the dates and the breakdown.');
    expect(bad.body).not.toContain('<script>');
    const failed = await logIn('<b>x</b>', 'y');
    expect(failed.body).not.toContain('<b>x</b>');
  });
});
