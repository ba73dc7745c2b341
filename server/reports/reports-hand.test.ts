import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { at } from '../../shared/testing/scenario';
import { workedMorning } from '../../shared/testing/worked-morning';
import { buildApp } from '../http/app';
import type { Report } from './reports';
import { BACKENDS } from '../../test/support/server-backends';
import type { TestDb } from '../../test/support/server-backends';
import { call, own, siteWithPcs } from '../../test/support/server-world';
import { runAdmin } from '../admin/admin';
import { createSite } from '../devices/devices';

/**
 * The endpoint's reports against the morning worked by hand in
 * shared/testing/worked-morning.ts (not against shared code's own answer):
 * 4 met of 5 (80%), median 6 and p90 12 minutes by nearest rank, NI14 2 of 5,
 * first contact 3 of 5, one complaint to Housing.
 */
describe.each(BACKENDS)('the endpoint’s reports against a hand-worked morning, on $name', ({ open }) => {
  let t: TestDb;
  let app: FastifyInstance;
  let token: string;

  beforeAll(async () => {
    t = await open();
    app = await buildApp({ db: t.db, now: () => at(600) });
    const [pc] = await siteWithPcs(t.db, 'chorley', 1);
    const [elsewhere] = await siteWithPcs(t.db, 'leyland', 1);
    workedMorning(pc!.sim);
    workedMorning(elsewhere!.sim);
    token = pc!.token;
    for (const p of [pc!, elsewhere!]) expect((await call(app, 'POST', '/v1/events', p.token, { events: own(p.sim) })).status).toBe(200);
    // A registered site with no customers in the period.
    await createSite(t.db, 'euxton', 'Euxton Library');
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it('gives the service level, waits, NI14, first contact and complaints worked by hand, for its own site only', async () => {
    const r = (await call(app, 'GET', '/v1/reports?from=2026-11-23&to=2026-11-23&by=service', token)).json() as unknown as Report;
    const total = r.total;
    expect(total.tickets).toBe(5);
    expect(total.serviceLevel).toEqual({
      met: 4,
      missed: 1,
      counted: 5,
      percent: 80,
      targetPercent: 80,
      meetsTarget: true,
      excluded: { cancelled: 0, timingInaccurate: 0, leftWithinStandard: 0, unseenWithinStandard: 0, pending: 0 },
    });
    expect(total.firstWait).toEqual({ count: 5, medianMs: 6 * 60_000, p90Ms: 12 * 60_000, meanMs: 6.4 * 60_000, maxMs: 12 * 60_000 });
    expect(total.contacts).toMatchObject({ completed: 5, avoidable: 2, avoidablePercent: 40, resolvedFirstContact: 3, firstContactPercent: 60 });
    expect(total.complaintsByDirectorate).toEqual({ Housing: 1 });
    const slices = r.slices.map((s) => [s.key, s.figures.serviceLevel.met, s.figures.serviceLevel.counted]);
    expect(slices).toEqual([
      ['benefits', 1, 1],
      ['council-tax', 2, 2],
      ['housing', 1, 2],
    ]);
  });

  it('files the quarterly seen-within-the-standard return and the monthly NI14 return as CSV', async () => {
    const quarter = await call(app, 'GET', '/v1/reports?from=2026-10-01&to=2026-12-31&format=service-level-return', token);
    expect(quarter.text.trimEnd().split('\n').slice(1)).toEqual([
      'Q3 2026/27,chorley,All services,10,80,4,5,80,yes,0,0,0,0,0,6,12,,0,0,,',
      'Q3 2026/27,chorley,Benefits,10,80,1,1,100,yes,0,0,0,0,0,2,2,,0,0,,',
      'Q3 2026/27,chorley,Council Tax,10,80,2,2,100,yes,0,0,0,0,0,4,6,,0,0,,',
      'Q3 2026/27,chorley,Housing,10,80,1,2,50,no,0,0,0,0,0,8,12,,0,0,,',
    ]);
    const month = await call(app, 'GET', '/v1/reports?from=2026-11-01&to=2026-11-30&format=ni14-return', token);
    expect(month.text.split('\n').slice(1, 3)).toEqual(['2026-11,chorley,All avoidable contact,2,5,40', '2026-11,chorley,Progress chasing,1,5,20']);
    expect((await call(app, 'GET', '/v1/reports?from=2026-11-01&to=2026-11-30&format=returns', token)).status).toBe(400);
  });

  it('gives every site asked for its rows, one with no customers as 0 of 0 with blank percentages (a nil return)', async () => {
    let said = '';
    await runAdmin(t.db, 'report', ['--from', '2026-10-01', '--to', '2026-12-31', '--return', 'service-level'], (x) => (said += x), at(600));
    const rows = said.trimEnd().split('\n').slice(1);
    expect(rows.filter((r) => r.includes(',All services,'))).toEqual([
      'Q3 2026/27,chorley,All services,10,80,4,5,80,yes,0,0,0,0,0,6,12,,0,0,,',
      'Q3 2026/27,euxton,All services,,80,0,0,,,0,0,0,0,0,,,,0,0,,',
      'Q3 2026/27,leyland,All services,10,80,4,5,80,yes,0,0,0,0,0,6,12,,0,0,,',
      'Q3 2026/27,All sites,All services,10,80,8,10,80,yes,0,0,0,0,0,6,12,,0,0,,',
    ]);
    said = '';
    await runAdmin(t.db, 'report', ['--sites', 'euxton', '--from', '2026-11-01', '--to', '2026-11-30', '--return', 'ni14'], (x) => (said += x), at(600));
    expect(said.split('\n')[1]).toBe('2026-11,euxton,All avoidable contact,0,0,');
  });
});
