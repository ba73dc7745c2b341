// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINT_POLICY } from '../../../shared/figures/contacts';
import { computeFigures, sliceFigures } from '../../../shared/figures/figures';
import { isTicketEvent } from '../../../shared/events/schema';
import { scopeOf } from '../../../shared/events/scope';
import { generateHistory } from '../../../shared/testing/history';
import { foldAll } from '../../../shared/tickets/fold';
import { ReceptionDb } from './database';
import { MIGRATIONS } from './migrations';
import { reportTickets } from './report-days';
import { figureTicketOf } from '../../../shared/figures/figure-ticket';
import { site } from '../../../shared/testing/scenario';

/**
 * Upgrades keep everything. A database as version 1 wrote it, with a year of
 * history and a busy day (the project's own history generator), is opened by
 * this version: every migration runs, every row is still there, and the
 * figures are the same before and after. Each new schema version adds its
 * step to MIGRATIONS and a case here.
 */
const DAY_MS = 86_400_000;
const YEAR_START = Date.UTC(2025, 10, 24, 9);
const TODAY = '2026-11-24';
const opts = { asOf: Date.UTC(2026, 10, 24, 18), targetPercent: 80, complaintPolicy: DEFAULT_COMPLAINT_POLICY };
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A year at 12 tickets a day, then today at 400, written as version 1 wrote them. */
async function writeVersion1(name: string) {
  names.push(name);
  const year = generateHistory({ tickets: 12 * 365, startMs: YEAR_START, perDay: 12, seed: 21, deviceId: '00000000-0000-4000-8000-00000000a001' });
  const today = generateHistory({ tickets: 400, startMs: YEAR_START + 365 * DAY_MS, perDay: 400, seed: 22, deviceId: '00000000-0000-4000-8000-00000000a002' });
  const events = [...year, ...today];
  const tickets = [...foldAll(events.filter(isTicketEvent)).values()];
  const v1 = new Dexie(name);
  v1.version(1).stores(MIGRATIONS[0]!.stores);
  await v1.table('events').bulkAdd(events.map((e, i) => ({ ...e, scope: scopeOf(e), pushed: i % 3 === 0 ? 0 : 1 })));
  await v1.table('tickets').bulkAdd(tickets);
  await v1.table('desks').bulkAdd(
    ['1', '2', '3'].map((desk, i) => ({
      desk,
      deviceId: '00000000-0000-4000-8000-00000000a002',
      status: i === 2 ? 'paused' : 'open',
      services: ['council-tax', 'housing'],
      skills: { bsl: i === 0, accessibleDesk: true, languages: i === 1 ? ['pl'] : [], interpreterLine: false },
      since: YEAR_START + 365 * DAY_MS,
      lastHlc: '000000000000001-00000-a002',
    })),
  );
  await v1.table('meta').bulkAdd([
    {
      key: 'position',
      value: { siteId: 'bench-site', deviceId: '00000000-0000-4000-8000-00000000a002', seq: 400, clock: { millis: 1, counter: 0, node: 'a002' } },
    },
    { key: 'cursor', value: 1234 },
  ]);
  const before = {
    events: await v1.table('events').toArray(),
    tickets: await v1.table('tickets').toArray(),
    desks: await v1.table('desks').toArray(),
    meta: await v1.table('meta').toArray(),
  };
  v1.close();
  return before;
}

describe('opening a version 1 database with this version', () => {
  it('runs every migration and keeps every event, ticket and meta row; the figures are the same', async () => {
    const before = await writeVersion1('upgrade-year');
    expect(before.tickets.length).toBe(12 * 365 + 400);
    const db = new ReceptionDb('upgrade-year');
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
    expect(await db.events.toArray()).toEqual(before.events);
    expect(await db.tickets.toArray()).toEqual(before.tickets);
    expect(await db.meta.toArray()).toEqual(before.meta);
    expect(await db.desks.toArray()).toEqual(before.desks);
    expect(await db.events.where('pushed').equals(0).count()).toBe(before.events.filter((e) => e.pushed === 0).length);
    // The figures of the year, whole and by service, read through the new report path.
    const read = await reportTickets(db, '2025-11-24', TODAY, TODAY);
    expect(computeFigures(read, opts)).toEqual(computeFigures(before.tickets, opts));
    expect(sliceFigures(read, 'service', opts)).toEqual(sliceFigures(before.tickets, 'service', opts));
    db.close();
  }, 60_000);

  it('version 3 forgets the days version 2 cached without needs, so the figures by need count every customer', async () => {
    names.push('upgrade-v2-cache');
    const events = generateHistory({ tickets: 60, startMs: YEAR_START, perDay: 12, seed: 23, deviceId: '00000000-0000-4000-8000-00000000a003' });
    const tickets = [...foldAll(events.filter(isTicketEvent)).values()].map((t, i) => (i % 4 === 0 ? { ...t, needs: { ...t.needs, bsl: true } } : t));
    const v2 = new Dexie('upgrade-v2-cache');
    v2.version(2).stores(MIGRATIONS[1]!.stores);
    await v2.table('tickets').bulkAdd(tickets);
    // A day as version 2 cached it: the slim tickets had no needs.
    const days = [...new Set(tickets.map((t) => t.day))];
    await v2
      .table('reportDays')
      .bulkAdd(days.map((day) => ({ day, tickets: JSON.stringify(tickets.filter((t) => t.day === day).map(({ needs: _, ...rest }) => rest)) })));
    v2.close();
    const db = new ReceptionDb('upgrade-v2-cache');
    await db.open();
    expect(await db.reportDays.count()).toBe(0);
    const read = await reportTickets(db, days[0]!, days.at(-1)!, TODAY);
    const bsl = sliceFigures(read, 'need', opts).find((s) => s.key === 'bsl');
    expect(bsl?.figures.tickets).toBe(15);
    db.close();
  }, 60_000);

  it('version 4 forgets the days cached without a priority customer’s ordinary standard, so the headline judges them against it', async () => {
    names.push('upgrade-v3-cache');
    const s = site();
    const priority = s.issue(0, 'council-tax', { priority: true });
    s.call(7, priority, '1');
    s.serve(7, priority, '1');
    s.finish(8, priority, '1');
    const ticket = s.ticket(priority);
    const v3 = new Dexie('upgrade-v3-cache');
    v3.version(3).stores(MIGRATIONS[2]!.stores);
    await v3.table('tickets').add(ticket);
    // The day as version 3 cached it: no ordinary standard beside the priority one.
    const { ordinaryStandardMinutes: _, ...slim } = figureTicketOf(ticket);
    await v3.table('reportDays').add({ day: ticket.day, tickets: JSON.stringify([slim]) });
    v3.close();
    const db = new ReceptionDb('upgrade-v3-cache');
    await db.open();
    const read = await reportTickets(db, ticket.day, ticket.day, TODAY);
    expect(computeFigures(read, opts).serviceLevel.met).toBe(1);
    db.close();
  });

  it('a migration that fails halfway changes nothing: the old version opens as it was, and the error says why', async () => {
    const before = await writeVersion1('upgrade-broken');
    class Broken extends ReceptionDb {
      constructor() {
        super('upgrade-broken');
        this.version(MIGRATIONS.at(-1)!.version + 1)
          .stores({})
          .upgrade(async (tx) => {
            await tx.table('tickets').toCollection().limit(100).modify({ status: 'cancelled' });
            throw new Error('disk went away');
          });
      }
    }
    const broken = new Broken();
    await expect(broken.open()).rejects.toThrow(/disk went away/);
    broken.close();
    const db = new ReceptionDb('upgrade-broken');
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
    expect(await db.tickets.toArray()).toEqual(before.tickets);
    expect(await db.events.count()).toBe(before.events.length);
    db.close();
  }, 60_000);
});
