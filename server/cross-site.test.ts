import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ALL_SKILLS, DAY, OPEN, at, must } from '../shared/testing/scenario';
import { buildApp } from './http/app';
import { BACKENDS } from '../test/support/server-backends';
import type { TestDb } from '../test/support/server-backends';
import { call, own, siteWithPcs } from '../test/support/server-world';
import pg from 'pg';

/**
 * One site's device never reaches another site's data: not by writing
 * events for the other site's tickets, nor by reusing its ticket ids to
 * pull its events into a report.
 */
describe.each(BACKENDS)('sites kept apart on $name', ({ open }) => {
  let t: TestDb;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await open();
    app = await buildApp({ db: t.db, now: () => at(600) });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  const report = async (token: string) =>
    (await call(app, 'GET', `/v1/reports?from=${DAY}&to=${DAY}`, token)).json() as {
      total: { tickets: number; serviceLevel: { counted: number }; complaints: unknown[] };
    };

  it('refuses a call or an outcome for a ticket another site issued, and that site’s report does not change', async () => {
    const [a] = await siteWithPcs(t.db, 'site-a', 1);
    const [b] = await siteWithPcs(t.db, 'site-b', 1);
    const theirs = must(b!.sim.issue(at(0), DAY, 'council-tax'));
    expect((await call(app, 'POST', '/v1/events', b!.token, { events: own(b!.sim) })).status).toBe(200);
    const before = await report(b!.token);

    // Site A's PC learns B's ticket (merging it as if it had seen it) and works it at its own desk.
    a!.sim.merge(own(b!.sim), at(0.5));
    must(a!.sim.desk(OPEN, { type: 'signOn', desk: '1', services: ['council-tax'], skills: ALL_SKILLS }));
    must(a!.sim.run(at(1), { type: 'call', ticketId: theirs.id, desk: '1' }));
    must(a!.sim.run(at(2), { type: 'startServing', ticketId: theirs.id, desk: '1' }));
    must(
      a!.sim.run(at(3), {
        type: 'complete',
        ticketId: theirs.id,
        desk: '1',
        outcome: 'resolved',
        avoidable: null,
        complaint: { directorate: 'Housing', summary: 'secret' },
      }),
    );
    const res = await call(app, 'POST', '/v1/events', a!.token, { events: own(a!.sim) });
    expect(res.status).toBe(403);
    expect(res.json()['error']).toBe('ticket-of-another-site');
    expect(await report(b!.token)).toEqual(before);
  });

  it('refuses a ticket another site claims at the same moment: the claim committed while this push waited on it is seen', async () => {
    // Only PostgreSQL has a second connection to hold a claim open with; PGlite runs one statement at a time.
    if (!t.url) return;
    const [a] = await siteWithPcs(t.db, 'site-e', 1);
    await siteWithPcs(t.db, 'site-f', 0);
    const issued = must(a!.sim.issue(at(0), DAY, 'council-tax'));
    const other = new pg.Client({ connectionString: t.url });
    await other.connect();
    try {
      // Site F's push of the same ticket is mid-transaction: its claim is written, not yet committed.
      await other.query('BEGIN');
      await other.query('INSERT INTO ticket_sites (ticket_id, site_id) VALUES ($1, $2)', [issued.id, 'site-f']);
      const push = call(app, 'POST', '/v1/events', a!.token, { events: own(a!.sim) });
      // Site E's push reaches the same ticket and waits on F's uncommitted claim.
      for (;;) {
        // Activity is read as of a snapshot per transaction: clear it, or this open transaction sees the first forever.
        await other.query('SELECT pg_stat_clear_snapshot()');
        const waiting = await other.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%ticket_sites%'`,
        );
        if (waiting.rows.length) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      await other.query('COMMIT');
      const res = await push;
      expect(res.status).toBe(403);
      expect(res.json()['error']).toBe('ticket-of-another-site');
    } finally {
      await other.end();
    }
  });

  it('does not let a site pull another site’s ticket into its own report by issuing under the same id', async () => {
    const [a] = await siteWithPcs(t.db, 'site-c', 1);
    const [b] = await siteWithPcs(t.db, 'site-d', 1);
    const theirs = must(b!.sim.issue(at(0), DAY, 'council-tax'));
    must(b!.sim.desk(OPEN, { type: 'signOn', desk: '1', services: ['council-tax'], skills: ALL_SKILLS }));
    must(b!.sim.run(at(1), { type: 'call', ticketId: theirs.id, desk: '1' }));
    expect((await call(app, 'POST', '/v1/events', b!.token, { events: own(b!.sim) })).status).toBe(200);

    must(a!.sim.issue(at(0), DAY, 'council-tax'));
    const forged = own(a!.sim).map((e) => ({ ...e, ticketId: theirs.id }));
    const res = await call(app, 'POST', '/v1/events', a!.token, { events: forged });
    expect(res.status).toBe(403);
    expect((await report(a!.token)).total.tickets).toBe(0);
  });
});
