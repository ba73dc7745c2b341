// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINT_POLICY } from '../../../shared/figures/contacts';
import { computeFigures } from '../../../shared/figures/figures';
import { figureTicketOf } from '../../../shared/figures/figure-ticket';
import { must } from '../../../shared/testing/scenario';
import { SimDevice } from '../../../shared/testing/sim-device';
import { DEFAULT_SITE_CONFIG } from '../../../shared/config/site-config';
import { ReceptionDb } from './database';
import { flagTiming } from './commands';
import { mergeRemoteEvents } from './merge';
import { testContext } from '../../../test/support/device-context';
import { MIGRATIONS } from './migrations';
import { buildReportDays, reportTickets, uncachedDays, warmReportDays } from './report-days';

const DAY_MS = 86_400_000;
const MON = Date.UTC(2026, 10, 16, 9); // Monday 16 November 2026, 09:00 GMT
const TODAY = '2026-11-25';
const opts = { asOf: Date.UTC(2026, 10, 25, 17), targetPercent: 80, complaintPolicy: DEFAULT_COMPLAINT_POLICY };
const open: ReceptionDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** A PC's fortnight: three customers a day from 16 to 25 November, one served late each day; returns the PC and its db. */
async function fortnight(name: string) {
  const db = new ReceptionDb(name);
  open.push(db);
  const pc = new SimDevice('00000000-0000-4000-8000-0000000000f1', 'test-site', { slot: 0, slots: 1 }, DEFAULT_SITE_CONFIG, 7);
  for (let d = 0; d < 10; d++) {
    const start = MON + d * DAY_MS;
    const day = new Date(start).toISOString().slice(0, 10);
    must(
      pc.desk(start, {
        type: 'signOn',
        desk: '1',
        services: ['council-tax'],
        skills: { bsl: false, accessibleDesk: false, languages: [], interpreterLine: false },
      }),
    );
    for (const [i, wait] of [4, 8, 14].entries()) {
      const t = must(pc.issue(start + i * 60_000, day, 'council-tax'));
      must(pc.run(start + (i + wait) * 60_000, { type: 'call', ticketId: t.id, desk: '1', outOfTurnReason: 'test' }));
      must(pc.run(start + (i + wait) * 60_000 + 10_000, { type: 'startServing', ticketId: t.id, desk: '1' }));
      must(
        pc.run(start + (i + wait) * 60_000 + 50_000, { type: 'complete', ticketId: t.id, desk: '1', outcome: 'resolved', avoidable: null, complaint: null }),
      );
    }
  }
  await mergeRemoteEvents(db, JSON.parse(JSON.stringify([...pc.log.values()])));
  return { db, pc };
}

const figures = (tickets: Parameters<typeof computeFigures>[0]) => computeFigures(tickets, opts);

describe('the report cache', () => {
  it('gives the same figures as the tickets themselves, caching past days only', async () => {
    const { db } = await fortnight('rd-same');
    const direct = await db.tickets.where('day').between('2026-11-16', '2026-11-25', true, true).toArray();
    expect(await uncachedDays(db, '2026-11-16', '2026-11-30', TODAY)).toHaveLength(9);
    await buildReportDays(db, await uncachedDays(db, '2026-11-16', '2026-11-30', TODAY));
    expect(await db.reportDays.count()).toBe(9);
    expect(await uncachedDays(db, '2026-11-16', '2026-11-30', TODAY)).toEqual([]);
    const cached = await reportTickets(db, '2026-11-16', '2026-11-25', TODAY);
    expect(cached).toHaveLength(30);
    expect(figures(cached)).toEqual(figures(direct));
    expect(figures(cached).serviceLevel).toMatchObject({ met: 20, counted: 30 });
    expect(figures(cached).contacts.completed).toBe(30);
    // Today's tickets come from the tickets table, whole.
    expect(cached.filter((t) => t.day === TODAY)).toEqual(direct.filter((t) => t.day === TODAY));
    expect(
      cached
        .filter((t) => t.day < TODAY)
        .map((t) => t.id)
        .sort(),
    ).toEqual(
      direct
        .filter((t) => t.day < TODAY)
        .map((t) => t.id)
        .sort(),
    );
  });

  it('keeps no name, note or clock stamp of a customer', async () => {
    const { db } = await fortnight('rd-slim');
    await buildReportDays(db, ['2026-11-16']);
    const row = (await db.reportDays.get('2026-11-16'))!;
    // Its needs are kept (without a name) for the figures by need.
    expect(row.tickets).not.toMatch(/"name"|"note"|"hlc"|"deviceId"|"conflicts"/);
    expect(JSON.parse(row.tickets)).toEqual((await db.tickets.where('day').equals('2026-11-16').toArray()).map(figureTicketOf));
  });

  it('forgets a past day when a late event from another PC changes it', async () => {
    const { db } = await fortnight('rd-late');
    await warmReportDays(db, TODAY, async () => undefined);
    expect(figures(await reportTickets(db, '2026-11-16', '2026-11-16', TODAY)).tickets).toBe(3);
    // A second PC, offline all week, issued a ticket on Monday; it arrives now.
    const other = new SimDevice('00000000-0000-4000-8000-0000000000f2', 'test-site', { slot: 0, slots: 1 }, DEFAULT_SITE_CONFIG, 8);
    const late = must(other.issue(MON + 30 * 60_000, '2026-11-16', 'housing'));
    await mergeRemoteEvents(db, JSON.parse(JSON.stringify([...other.log.values()])));
    expect(await db.reportDays.get('2026-11-16')).toBeUndefined();
    const monday = await reportTickets(db, '2026-11-16', '2026-11-16', TODAY);
    expect(monday.map((t) => t.id)).toContain(late.id);
    expect(figures(monday).tickets).toBe(4);
    expect(await db.reportDays.get('2026-11-17')).toBeDefined();
  });

  it('forgets the days of tickets a command here changes (a clock skew flagging last week’s waits)', async () => {
    const { db, pc } = await fortnight('rd-command');
    await warmReportDays(db, TODAY, async () => undefined);
    const ctx = { ...testContext(pc.deviceId, Date.UTC(2026, 10, 25, 9)), siteId: 'test-site' };
    const flagged = await flagTiming(db, ctx, null, 180_000);
    expect(flagged.ok && flagged.value).toHaveLength(30);
    expect(await db.reportDays.count()).toBe(0);
    const f = figures(await reportTickets(db, '2026-11-16', '2026-11-25', TODAY));
    expect(f.serviceLevel).toMatchObject({ counted: 0, excluded: expect.objectContaining({ timingInaccurate: 30 }) });
  });

  it('reads a day from its tickets when its cached row is unreadable', async () => {
    const { db } = await fortnight('rd-corrupt');
    await buildReportDays(db, ['2026-11-16', '2026-11-17']);
    await db.reportDays.put({ day: '2026-11-16', tickets: '{"not": "an array"' });
    await db.reportDays.put({ day: '2026-11-17', tickets: 42 as unknown as string });
    expect(await reportTickets(db, '2026-11-16', '2026-11-17', TODAY)).toHaveLength(6);
  });

  it('warms every past day back to the oldest ticket, and then has nothing to do', async () => {
    const { db } = await fortnight('rd-warm');
    const paused: number[] = [];
    expect(await warmReportDays(db, TODAY, async () => void paused.push(1))).toBe(9);
    expect(paused.length).toBeGreaterThan(0);
    expect(await warmReportDays(db, TODAY, async () => undefined)).toBe(0);
  });
});

describe('upgrading the database from version 1', () => {
  it('keeps every event, ticket, desk and meta row, and adds the empty report cache', async () => {
    const { db: source } = await fortnight('rd-source');
    const name = 'rd-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores(MIGRATIONS[0]!.stores);
    const rows = { events: await source.events.toArray(), tickets: await source.tickets.toArray(), desks: await source.desks.toArray() };
    await v1.table('events').bulkAdd(rows.events);
    await v1.table('tickets').bulkAdd(rows.tickets);
    await v1.table('desks').bulkAdd(rows.desks);
    await v1.table('meta').put({ key: 'position', value: { kept: true } });
    v1.close();

    const db = new ReceptionDb(name);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
    expect(await db.events.toArray()).toEqual(rows.events);
    expect(await db.tickets.toArray()).toEqual(rows.tickets);
    expect(await db.desks.toArray()).toEqual(rows.desks);
    expect((await db.meta.get('position'))!.value).toEqual({ kept: true });
    expect(await db.reportDays.count()).toBe(0);
    expect(figures(await reportTickets(db, '2026-11-16', '2026-11-25', TODAY))).toEqual(figures(rows.tickets));
  });
});
