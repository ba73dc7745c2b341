import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { siteVersions } from '../../shared/config/site-history';
import { DEFAULT_SITE_SETTINGS } from '../../shared/config/site-settings';
import type { DomainEvent } from '../../shared/events/schema';
import { SCOTTISH_SITE_V2, scottishSite } from '../../shared/testing/scottish-site';
import { workedMorning } from '../../shared/testing/worked-morning';
import { runAdmin } from '../admin/admin';
import { buildApp } from '../http/app';
import { addOfficer } from '../officers/officers';
import type { Report } from './reports';
import { BACKENDS } from '../../test/support/server-backends';
import type { TestDb } from '../../test/support/server-backends';
import { call, own, siteWithPcs } from '../../test/support/server-world';

/**
 * Each site judged by its own configuration, at the endpoint, against the Scottish site worked by
 * hand in shared/testing/scottish-site.ts (15 minutes and 85%, then 10 minutes and 90% from
 * 1 December; St Andrew's Day in its complaint due dates), beside Chorley on the defaults.
 */
const NOW = Date.parse('2026-12-04T17:00:00Z');

describe.each(BACKENDS)('a site’s own configuration at the endpoint, on $name', ({ open }) => {
  let t: TestDb;
  let app: FastifyInstance;
  let kirkcaldy: Awaited<ReturnType<typeof siteWithPcs>>[number];
  let complaintNumber: string;
  let cookie: string;

  const cli = async (command: 'report' | 'site-config', args: string[]) => {
    let said = '';
    await runAdmin(t.db, command, args, (s) => (said += s), NOW);
    return said;
  };

  beforeAll(async () => {
    t = await open();
    app = await buildApp({ db: t.db, now: () => NOW });
    kirkcaldy = (await siteWithPcs(t.db, 'kirkcaldy', 1))[0]!;
    const [chorley] = await siteWithPcs(t.db, 'chorley', 1);
    complaintNumber = scottishSite(kirkcaldy.sim).complaint.number;
    workedMorning(chorley!.sim);
    for (const pc of [kirkcaldy, chorley!]) expect((await call(app, 'POST', '/v1/events', pc.token, { events: own(pc.sim) })).status).toBe(200);
    const { password } = await addOfficer(t.db, 'm.reid', []);
    const login = await app.inject({
      method: 'POST',
      url: '/officer/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'localhost:80' },
      payload: new URLSearchParams({ username: 'm.reid', password }).toString(),
    });
    cookie = String(login.headers['set-cookie']).split(';')[0]!;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it('judges the site’s Friday by its 15 minutes and 85%, with complaint dates after St Andrew’s Day, in the JSON', async () => {
    const r = (await call(app, 'GET', '/v1/reports?from=2026-11-27&to=2026-11-27', kirkcaldy.token)).json() as unknown as Report;
    expect(r.targetPercent).toBe(85);
    expect(r.total.serviceLevel).toMatchObject({ met: 3, missed: 1, counted: 4, percent: 75, targetPercent: 85, meetsTarget: false });
    expect(r.total.complaints).toEqual([
      expect.objectContaining({
        number: complaintNumber,
        directorate: 'Housing',
        raisedDay: '2026-11-27',
        acknowledgeBy: '2026-12-07',
        respondBy: '2026-12-14',
      }),
    ]);
  });

  it('gives the same figures in the report CSV and the quarterly return, each ticket by the standard it was issued under', async () => {
    const csv = (await call(app, 'GET', '/v1/reports?from=2026-11-27&to=2026-11-27&format=csv', kirkcaldy.token)).text.split('\n');
    const cols = csv[0]!.split(',');
    const total = csv.find((l) => l.startsWith('total,'))!.split(',');
    const col = (name: string) => total[cols.indexOf(name)];
    expect([col('met'), col('counted'), col('service_level_percent'), col('target_percent'), col('meets_target'), col('complaints')]).toEqual([
      '3',
      '4',
      '75',
      '85',
      'no',
      '1',
    ]);
    // The standard changed on 1 December: the quarter says "mixed", never one label over both.
    const quarter = await call(app, 'GET', '/v1/reports?from=2026-10-01&to=2026-12-31&format=service-level-return', kirkcaldy.token);
    expect(quarter.text.trimEnd().split('\n').slice(1)).toEqual([
      'Q3 2026/27,kirkcaldy,All services,mixed,90,4,6,66.7,no,0,0,0,0,0,12,20,,0,0,,',
      'Q3 2026/27,kirkcaldy,Benefits,15,90,1,1,100,yes,0,0,0,0,0,3,3,,0,0,,',
      'Q3 2026/27,kirkcaldy,Council Tax,mixed,90,2,3,66.7,no,0,0,0,0,0,12,14,,0,0,,',
      'Q3 2026/27,kirkcaldy,Housing,mixed,90,1,2,50,no,0,0,0,0,0,5,20,,0,0,,',
    ]);
  });

  it('shows the officer each site’s own target, standard and bank holidays, the figures by site, and the due dates', async () => {
    const page = (await app.inject({ method: 'GET', url: '/officer?sites=kirkcaldy&sites=chorley&from=2026-11-23&to=2026-11-27&by=site', headers: { cookie } }))
      .body;
    const text = page.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|');
    expect(text).toContain('|kirkcaldy|4|75.0% (3 of 4)|');
    expect(text).toContain('|chorley|5|80.0% (4 of 5)|');
    // Together held to the higher of their targets; each listed with its own.
    expect(text).toContain('target 85%, the highest of the sites’');
    expect(text).toContain('|kirkcaldy|15 minutes|85%|80%|Scotland|');
    expect(text).toContain('|chorley|10 minutes|80%|80%|England and Wales|');
    expect(text).toContain(`|${complaintNumber.replace(/^([A-Z])(\d+)$/, '$1 $2')}|Housing|2026-11-27|2026-12-07|2026-12-14|`);
    // Chorley's own row in the by-site report is judged against its own 80%, not Kirkcaldy's 85%.
    const json = (await call(app, 'GET', '/v1/reports?from=2026-11-23&to=2026-11-27&by=site', kirkcaldy.token)).json() as unknown as Report;
    expect(json.slices.map((s) => [s.key, s.figures.serviceLevel.targetPercent, s.figures.serviceLevel.meetsTarget])).toEqual([['kirkcaldy', 85, false]]);
  });

  it('gives the same from the CLI, and judges each site of a return by its own target', async () => {
    const report = JSON.parse(await cli('report', ['--sites', 'kirkcaldy', '--from', '2026-11-27', '--to', '2026-11-27'])) as Report;
    expect(report.total.serviceLevel).toMatchObject({ met: 3, counted: 4, percent: 75, targetPercent: 85, meetsTarget: false });
    expect(report.total.complaints[0]).toMatchObject({ acknowledgeBy: '2026-12-07', respondBy: '2026-12-14' });
    const both = (await cli('report', ['--sites', 'kirkcaldy,chorley', '--from', '2026-11-01', '--to', '2026-11-30', '--return', 'service-level'])).split('\n');
    expect(both.filter((l) => l.includes(',All services,'))).toEqual([
      '2026-11,chorley,All services,10,80,4,5,80,yes,0,0,0,0,0,6,12,,0,0,,',
      '2026-11,kirkcaldy,All services,15,85,3,4,75,no,0,0,0,0,0,12,20,,0,0,,',
      '2026-11,All sites,All services,mixed,85,7,9,77.8,no,0,0,0,0,0,8,20,,0,0,,',
    ]);
  });

  it('takes a new version from IT at the CLI, refuses a bad one whole, and the site’s PCs receive it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oss-site-config-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ ...SCOTTISH_SITE_V2, targetPercent: 95, extraClosedDays: ['2026-12-24'] }));
    expect(await cli('site-config', ['kirkcaldy', '--file', good, '--by', 'IT service desk'])).toBe(
      'Site kirkcaldy: version 3 saved; it stands from 2026-12-04, and every PC of the site takes it at its next sync.\n',
    );
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...DEFAULT_SITE_SETTINGS, standardMinutes: 0 }));
    await expect(cli('site-config', ['kirkcaldy', '--file', bad])).rejects.toThrow('not saved: Face-to-face standard (minutes) must be at least 1');
    await expect(cli('site-config', ['nowhere', '--file', good])).rejects.toThrow('There is no site nowhere');
    expect(JSON.parse(await cli('site-config', ['kirkcaldy']))).toMatchObject({ targetPercent: 95, standardMinutes: 10, holidayRegion: 'scotland' });

    const pulled = (await call(app, 'GET', '/v1/events?after=0', kirkcaldy.token)).json() as { events: DomainEvent[] };
    const versions = siteVersions(pulled.events);
    expect(versions.map((v) => [v.version, v.settings.targetPercent, v.changedOn, v.changedBy])).toEqual([
      [1, 85, 'Supervisor PC', 'M. Reid'],
      [2, 90, 'Supervisor PC', 'M. Reid'],
      [3, 95, 'Endpoint (IT)', 'IT service desk'],
    ]);
    kirkcaldy.sim.merge(pulled.events, NOW);
    expect(kirkcaldy.sim.config.targetPercent).toBe(95);
    // The period is judged by the version in force on its last day; November keeps its own.
    const nov = (await call(app, 'GET', '/v1/reports?from=2026-11-01&to=2026-11-30', kirkcaldy.token)).json() as unknown as Report;
    expect(nov.targetPercent).toBe(85);
  });

  it('refuses a service name with a NUL in it, saving nothing; two saves at the same moment are both kept, one after the other', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oss-site-config-'));
    const nul = join(dir, 'nul.json');
    const services = DEFAULT_SITE_SETTINGS.services.map((s, i) => (i === 0 ? { ...s, name: 'Council\u0000Tax' } : s));
    writeFileSync(nul, JSON.stringify({ ...SCOTTISH_SITE_V2, services }));
    const before = JSON.parse(await cli('site-config', ['kirkcaldy']));
    await expect(cli('site-config', ['kirkcaldy', '--file', nul])).rejects.toThrow(
      "The site's configuration was not saved: services.0.name has a NUL character or a broken character in it.",
    );
    expect(JSON.parse(await cli('site-config', ['kirkcaldy']))).toEqual(before);
    const twice = join(dir, 'twice.json');
    writeFileSync(twice, JSON.stringify(SCOTTISH_SITE_V2));
    const said = await Promise.all([cli('site-config', ['kirkcaldy', '--file', twice]), cli('site-config', ['kirkcaldy', '--file', twice])]);
    expect(said.map((l) => l.match(/version (\d+)/)![1]).sort()).toEqual(['4', '5']);
    const pulled = (await call(app, 'GET', '/v1/events?after=0', kirkcaldy.token)).json() as { events: DomainEvent[] };
    expect(siteVersions(pulled.events)).toHaveLength(5);
  });
});
