import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../admin/admin';
import { buildApp } from '../http/app';
import type { Database } from '../db/adapter';
import { migrate } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { pushBatch } from '../devices/ingest';
import { own, siteWithPcs } from '../../test/support/server-world';
import { mondayHistoryOn } from '../../test/support/monday-history';

/**
 * The staffing planner on the officer's page: the same eight hand-worked Mondays the PCs' planner
 * is tested with (test/support/monday-history.ts), pushed to the endpoint by one of the site's PCs.
 */
let db: Database;
let app: FastifyInstance;
const clock = Date.parse('2026-12-28T08:00:00Z'); // Monday, after the eight
let cookie = '';

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  const [pc] = await siteWithPcs(db, 'chorley', 1);
  mondayHistoryOn(pc!.sim);
  expect((await pushBatch(db, { id: pc!.id, siteId: 'chorley', name: 'PC', headSeq: 0, revoked: false }, own(pc!.sim))).ok).toBe(true);
  await siteWithPcs(db, 'leyland', 1);
  let said = '';
  await runAdmin(db, 'officer-add', ['j.smith', '--sites', 'chorley'], (t) => (said += t));
  app = await buildApp({ db, now: () => clock });
  const res = await app.inject({
    method: 'POST',
    url: '/officer/login',
    headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'localhost:80' },
    payload: new URLSearchParams({ username: 'j.smith', password: said.trim().split('\n').at(-1)! }).toString(),
  });
  cookie = String(res.headers['set-cookie']).split(';')[0]!;
}, 60_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#39;/g, '’');

describe('the officer’s staffing planner', () => {
  it('shows a site’s week as its PCs do: Monday 09:00 needs 4 by simulation (Erlang C: 5), 4 were open', async () => {
    const res = await get('/officer/planner?site=chorley&weeks=8&shrinkage=30');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    const page = text(res.body);
    expect(page).toContain('chorley: desks each half hour for 80% seen within 10 minutes');
    expect(page).toContain('From 55 open days (2026-11-02 to 2026-12-27; bank holidays and closed days left out)');
    expect(page).toContain('09:00–09:304 needed (Erlang C: 5) · 4 open');
    expect(page).toContain('Every half hour had at least the desks it needs open in recent weeks.');
  }, 60_000);

  it('gives the plan as CSV, the simulation’s desks first and Erlang C’s beside them, advisors for the shrinkage asked', async () => {
    const res = await get('/officer/planner?site=chorley&weeks=8&shrinkage=30&format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="chorley-staffing-plan-2026-12-28.csv"');
    const [header, row, ...rest] = res.body.trim().split('\n');
    expect(header).toBe(
      'weekday,half_hour,arrivals_forecast,mean_time_at_desk_min,desks_needed,advisors_rostered,desks_open_recently,short_by,desks_needed_erlang_c,simulated_percent_seen_within_standard',
    );
    expect(rest).toEqual([]);
    expect(row).toMatch(/^Monday,09:00–09:30,15,8,4,6,4,0,5,\d+(\.\d)?$/);
  }, 60_000);

  it('rosters for the site’s configured time away from the desk when the field is left empty', async () => {
    const res = await get('/officer/planner?site=chorley&weeks=8&shrinkage=');
    expect(text(res.body)).toContain('Advisors to roster (with 30% of time away from the desk, the site’s configured share) are in the CSV.');
    expect(res.body).toContain('name="shrinkage" type="number" min="0" max="90" aria-describedby="shrinkage-hint" value="30"');
    const zero = await get('/officer/planner?site=chorley&weeks=8&shrinkage=0&format=csv');
    expect(zero.body.trim().split('\n')[1]).toMatch(/^Monday,09:00–09:30,15,8,4,4,4,0,5,/);
  }, 60_000);

  it('refuses a site the account does not cover, and a form it cannot read, saying why', async () => {
    const other = await get('/officer/planner?site=leyland');
    expect(other.statusCode).toBe(403);
    expect(text(other.body)).toContain('Your account does not cover leyland.');
    for (const bad of ['weeks=9', 'shrinkage=95', 'site=chorley&shrinkage=lots', 'site=%3Cscript%3E', 'site=chorley&format=pdf', 'site=chorley&extra=1']) {
      const res = await get(`/officer/planner?${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.body).not.toContain('<script>');
    }
    const empty = await get('/officer/planner');
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('<option value="chorley" selected>chorley</option>');
    expect(empty.body).not.toContain('leyland');
  });

  it('asks for a login without a session', async () => {
    expect((await app.inject({ method: 'GET', url: '/officer/planner?site=chorley' })).statusCode).toBe(401);
  });
});
