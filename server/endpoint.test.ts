import { DEFAULT_COMPLAINT_POLICY } from '../shared/figures/contacts';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { computeFigures } from '../shared/figures/figures';
import { dayDigestInput } from '../shared/sync/digest';
import { ALL_SKILLS, DAY, OPEN, at, must } from '../shared/testing/scenario';
import { buildApp } from './http/app';
import type { Database } from './db/adapter';
import { revokeDevice } from './devices/devices';
import { CSV_COLUMNS } from './reports/reports';
import { openApiDocument } from './http/openapi';
import { DayVerification, ErrorBody, GapBody, Health, PullPage, Readiness, ReportBody, WhoAmI } from '../shared/sync/wire';
import type { ZodType } from 'zod';
import { BACKENDS } from '../test/support/server-backends';
import type { TestDb } from '../test/support/server-backends';
import { call, countEvents, own, siteWithPcs } from '../test/support/server-world';

const NOW = at(240);

describe.each(BACKENDS)('the endpoint on $name', ({ open }) => {
  let t: TestDb;
  let db: Database;
  let app: FastifyInstance;
  let pcs: Awaited<ReturnType<typeof siteWithPcs>>;
  let other: Awaited<ReturnType<typeof siteWithPcs>>;

  beforeAll(async () => {
    t = await open();
    db = t.db;
    app = await buildApp({ db, now: () => NOW });
    pcs = await siteWithPcs(db, 'chorley', 10);
    other = await siteWithPcs(db, 'harrow', 1);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  /** A morning on PC 0: issues, calls, serves, outcomes. */
  function morning() {
    const { sim } = pcs[0]!;
    if (sim.log.size) return own(sim);
    must(sim.desk(OPEN, { type: 'signOn', desk: '1', services: ['council-tax', 'housing', 'benefits'], skills: ALL_SKILLS }));
    const tickets = [0, 1, 2, 3, 4, 5].map((m) => must(sim.issue(at(m), DAY, ['council-tax', 'housing', 'benefits'][m % 3]!)));
    tickets.forEach((tk, i) => {
      const m = 3 + i * 4;
      must(sim.run(at(m), { type: 'call', ticketId: tk.id, desk: '1', outOfTurnReason: 'test' }));
      if (i === 5) {
        must(sim.run(at(m + 1), { type: 'noShow', ticketId: tk.id, desk: '1' }));
        return;
      }
      must(sim.run(at(m + 0.5), { type: 'startServing', ticketId: tk.id, desk: '1' }));
      must(
        sim.run(at(m + 3), {
          type: 'complete',
          ticketId: tk.id,
          desk: '1',
          outcome: i % 2 ? 'referred' : 'resolved',
          avoidable: i === 1 ? { reasonId: 'progress-chasing' } : null,
          complaint: i === 2 ? { directorate: 'Housing' } : null,
        }),
      );
    });
    return own(sim);
  }

  it('stores a batch once, however often it is pushed, and acknowledges the highest seq held', async () => {
    const events = morning();
    const token = pcs[0]!.token;
    const before = await countEvents(db);
    for (let i = 0; i < 5; i++) {
      const r = await call(app, 'POST', '/v1/events', token, { events });
      expect(r.status).toBe(200);
      expect(r.json()).toMatchObject({ ackSeq: events.length, stored: i === 0 ? events.length : 0, serverTime: NOW });
    }
    expect(await countEvents(db)).toBe(before + events.length);
  });

  it('refuses a batch that leaves a gap, says where to resume, and takes batches delivered out of order', async () => {
    const { sim, token } = pcs[1]!;
    for (let m = 0; m < 9; m++) must(sim.issue(at(m), DAY, 'council-tax'));
    const events = own(sim);
    const [a, b, c] = [events.slice(0, 3), events.slice(3, 6), events.slice(6, 9)];
    const early = await call(app, 'POST', '/v1/events', token, { events: c });
    expect(early.status).toBe(409);
    expect(early.json()).toMatchObject({ error: 'gap', expectedSeq: 1 });
    expect((await call(app, 'POST', '/v1/events', token, { events: b })).json()).toMatchObject({ expectedSeq: 1 });
    expect((await call(app, 'POST', '/v1/events', token, { events: a })).json()).toMatchObject({ ackSeq: 3 });
    expect((await call(app, 'POST', '/v1/events', token, { events: c })).json()).toMatchObject({ expectedSeq: 4 });
    expect((await call(app, 'POST', '/v1/events', token, { events: [...c, ...b] })).json()).toMatchObject({ ackSeq: 9, stored: 6 });
    expect((await call(app, 'POST', '/v1/events', token, { events: [...b, ...a] })).json()).toMatchObject({ ackSeq: 9, stored: 0 });
    const held = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE device_id = $1', [pcs[1]!.id]);
    expect(held.rows[0]!.n).toBe(9);
  });

  describe('bad input: a clear 4xx with a reason, and nothing stored', () => {
    const valid = () => (own(pcs[2]!.sim).length ? own(pcs[2]!.sim) : (must(pcs[2]!.sim.issue(at(1), DAY, 'housing')), own(pcs[2]!.sim)));
    const cases: [string, () => { token?: string; body: unknown }, number, RegExp][] = [
      ['malformed JSON', () => ({ token: pcs[2]!.token, body: '{"events": [' }), 400, /JSON/],
      ['no events', () => ({ token: pcs[2]!.token, body: { events: [] } }), 400, /events/],
      ['an extra top-level field', () => ({ token: pcs[2]!.token, body: { events: valid(), admin: true } }), 400, /admin|Unrecognized/i],
      ['an unknown event type', () => ({ token: pcs[2]!.token, body: { events: [{ ...valid()[0]!, type: 'ticket.vanished' }] } }), 400, /unknown event type/],
      ['a schema violation', () => ({ token: pcs[2]!.token, body: { events: [{ ...valid()[0]!, payload: { number: 7 } }] } }), 400, /payload/],
      ['a future schema version', () => ({ token: pcs[2]!.token, body: { events: [{ ...valid()[0]!, v: 9 }] } }), 400, /newer than this software/],
      ['another device’s events', () => ({ token: pcs[3]!.token, body: { events: valid() } }), 403, /another device/],
      ['the wrong site', () => ({ token: pcs[2]!.token, body: { events: [{ ...valid()[0]!, siteId: 'harrow' }] } }), 403, /enrolled at chorley/],
      ['no token', () => ({ body: { events: valid() } }), 401, /missing bearer token/],
      ['a forged token', () => ({ token: pcs[2]!.token.slice(0, -4) + 'AAAA', body: { events: valid() } }), 401, /unknown device token/],
    ];
    it.each(cases)('%s', async (_name, make, status, reason) => {
      const { token, body } = make();
      const before = await countEvents(db);
      const r = await call(app, 'POST', '/v1/events', token, body);
      expect(r.status).toBe(status);
      expect(String(r.json()['reason'])).toMatch(reason);
      expect(await countEvents(db)).toBe(before);
    });

    it('an oversized body', async () => {
      const small = await buildApp({ db, bodyLimit: 2048 });
      const before = await countEvents(db);
      const r = await call(small, 'POST', '/v1/events', pcs[2]!.token, { events: valid(), pad: 'x'.repeat(4096) });
      expect(r.status).toBe(413);
      expect(await countEvents(db)).toBe(before);
      await small.close();
    });

    it('a revoked device', async () => {
      const { token, sim, id } = other[0]!;
      must(sim.issue(at(0), DAY, 'council-tax'));
      await revokeDevice(db, id);
      const r = await call(app, 'POST', '/v1/events', token, { events: own(sim) });
      expect(r.status).toBe(401);
      expect(r.json()['reason']).toBe('this device has been revoked');
    });

    it('never a 5xx, never a stored row, for random and mutated bodies (fuzz)', async () => {
      const base = valid()[0]!;
      const mutated = fc.record(
        Object.fromEntries(Object.keys(base).map((k) => [k, fc.oneof(fc.constant((base as Record<string, unknown>)[k]), fc.anything())])),
      );
      const body = fc.oneof(fc.anything(), fc.record({ events: fc.array(fc.oneof(mutated, fc.anything()), { maxLength: 3 }) }), fc.json());
      const before = await countEvents(db);
      await fc.assert(
        fc.asyncProperty(body, async (b) => {
          const r = await call(app, 'POST', '/v1/events', pcs[4]!.token, typeof b === 'string' ? b : JSON.stringify(b ?? null));
          expect(r.status).toBeLessThan(500);
          if (r.status !== 200) expect(await countEvents(db)).toBe(before);
        }),
        { numRuns: 150 },
      );
    });
  });

  it('refuses an event id already held for another device’s event, storing nothing of the batch', async () => {
    const victim = own(pcs[1]!.sim)[0]!;
    const { sim, token } = pcs[5]!;
    must(sim.issue(at(2), DAY, 'council-tax'));
    must(sim.issue(at(3), DAY, 'council-tax'));
    const [first, second] = own(sim);
    const before = await countEvents(db);
    const r = await call(app, 'POST', '/v1/events', token, { events: [first, { ...second!, id: victim.id }] });
    expect(r.status).toBe(409);
    expect(r.json()['error']).toBe('id-conflict');
    expect(await countEvents(db)).toBe(before);
    expect((await call(app, 'POST', '/v1/events', token, { events: [first, second] })).json()).toMatchObject({ ackSeq: 2, stored: 2 });
  });

  it('a pull reader running during concurrent pushes from 10 devices sees every event exactly once', async () => {
    const site = await siteWithPcs(db, 'busy-site', 10);
    const batches = site.map(({ sim }) => {
      for (let m = 0; m < 30; m++) must(sim.issue(at(m), DAY, ['council-tax', 'housing'][m % 2]!));
      const events = own(sim);
      return Array.from({ length: 6 }, (_, i) => events.slice(i * 5, i * 5 + 5));
    });
    const expected = new Set(site.flatMap(({ sim }) => own(sim).map((e) => e.id)));
    const seen: string[] = [];
    let cursor = 0;
    let pushing = true;
    const reader = (async () => {
      while (pushing || seen.length < expected.size) {
        const r = await call(app, 'GET', `/v1/events?after=${cursor}&limit=7`, site[0]!.token);
        const page = r.json() as { events: { id: string }[]; cursor: number };
        seen.push(...page.events.map((e) => e.id));
        cursor = page.cursor;
        if (!page.events.length) await new Promise((res) => setTimeout(res, 5));
      }
    })();
    await Promise.all(
      site.map(async ({ token }, d) => {
        for (const batch of batches[d]!) {
          const r = await call(app, 'POST', '/v1/events', token, { events: batch });
          expect(r.status, r.text).toBe(200);
        }
      }),
    );
    pushing = false;
    await reader;
    expect(seen).toHaveLength(expected.size);
    expect(new Set(seen)).toEqual(expected);
  });

  it('verifies a device’s day with a count and a digest the PC can compute too', async () => {
    const events = morning();
    expect((await call(app, 'POST', '/v1/events', pcs[0]!.token, { events })).status).toBe(200);
    const r = await call(app, 'GET', `/v1/days/${DAY}/verification`, pcs[0]!.token);
    const digest = createHash('sha256').update(dayDigestInput(events)).digest('hex');
    expect(r.json()).toEqual({ day: DAY, count: events.length, digest, maxDeviceSeq: events.length });
    expect((await call(app, 'GET', '/v1/days/23-11-2026/verification', pcs[0]!.token)).status).toBe(400);
  });

  it('a re-send repairs a row the endpoint lost, and the verification shows the day whole again', async () => {
    const events = morning();
    const token = pcs[0]!.token;
    expect((await call(app, 'POST', '/v1/events', token, { events })).status).toBe(200);
    const whole = (await call(app, 'GET', `/v1/days/${DAY}/verification`, token)).json();
    const lost = events[3]!;
    await db.query('DELETE FROM events WHERE id = $1', [lost.id]);
    expect((await call(app, 'GET', `/v1/days/${DAY}/verification`, token)).json()).toMatchObject({ count: events.length - 1 });

    const r = await call(app, 'POST', '/v1/events', token, { events });
    expect(r.json()).toMatchObject({ ackSeq: events.length, stored: 1 });
    expect((await call(app, 'GET', `/v1/days/${DAY}/verification`, token)).json()).toEqual(whole);
    // Repaired, not doubled: a further re-send stores nothing.
    expect((await call(app, 'POST', '/v1/events', token, { events })).json()).toMatchObject({ stored: 0 });
  });

  it('tells a PC which device and site its token belongs to, and refuses a bad token plainly', async () => {
    const me = await call(app, 'GET', '/v1/device', pcs[1]!.token);
    expect(me.json()).toEqual({ deviceId: pcs[1]!.id, deviceName: 'PC 2', siteId: 'chorley', siteName: 'Site chorley', serverTime: NOW });
    const bad = await call(app, 'GET', '/v1/device', 'oss_nonsense');
    expect(bad.status).toBe(401);
    expect(bad.json()['reason']).toMatch(/token/);
  });

  it('reports the same figures as shared/, and the CSV has the same numbers as the JSON', async () => {
    expect((await call(app, 'POST', '/v1/events', pcs[0]!.token, { events: morning() })).status).toBe(200);
    const sim = pcs[0]!.sim;
    const mine = [...sim.tickets.values()].filter((tk) => tk.issuedBy === sim.deviceId);
    const expected = computeFigures(mine, { asOf: NOW, targetPercent: 80, complaintPolicy: DEFAULT_COMPLAINT_POLICY });
    // Only PC 0 completed contacts; the other PCs' tickets are still waiting and count as pending or missed.
    const json = (await call(app, 'GET', `/v1/reports?from=${DAY}&to=${DAY}&by=service`, pcs[0]!.token)).json() as {
      total: typeof expected;
      slices: { key: string }[];
    };
    expect(json.total.contacts).toEqual(expected.contacts);
    expect(json.total.complaints).toEqual(expected.complaints);
    expect(json.total.firstWait).toEqual(expected.firstWait);

    const csv = (await call(app, 'GET', `/v1/reports?from=${DAY}&to=${DAY}&by=service&format=csv`, pcs[0]!.token)).text.trim().split('\n');
    expect(csv[0]!.split(',')).toEqual([...CSV_COLUMNS]);
    const total = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, csv[1]!.split(',')[i]]));
    const jt = json.total as unknown as {
      tickets: number;
      serviceLevel: { met: number; missed: number; counted: number };
      contacts: { completed: number; avoidable: number };
    };
    expect([total['tickets'], total['met'], total['missed'], total['counted'], total['completed'], total['avoidable']].map(Number)).toEqual([
      jt.tickets,
      jt.serviceLevel.met,
      jt.serviceLevel.missed,
      jt.serviceLevel.counted,
      jt.contacts.completed,
      jt.contacts.avoidable,
    ]);
    expect(
      csv
        .slice(2)
        .filter((l) => l.startsWith('service,'))
        .map((l) => l.split(',')[1]),
    ).toEqual(json.slices.map((s) => s.key));
    expect((await call(app, 'GET', `/v1/reports?from=${DAY}&to=2026-01-01`, pcs[0]!.token)).status).toBe(400);
  });

  it('enrols a PC under the id it already has, once', async () => {
    const { enrolDevice } = await import('./devices/devices');
    const id = '0192f0c4-1a2b-4c3d-8e4f-0123456789ab';
    expect((await enrolDevice(db, 'chorley', 'Existing PC', id)).deviceId).toBe(id);
    await expect(enrolDevice(db, 'chorley', 'Again', id)).rejects.toThrow(/already enrolled/);
    await expect(enrolDevice(db, 'chorley', 'Bad', 'not-an-id')).rejects.toThrow(/looks like/);
  });

  it('enrols a revoked PC again under its id, with a new token that works and the old one still refused, at its own site only', async () => {
    const { enrolDevice } = await import('./devices/devices');
    const id = '0192f0c4-1a2b-4c3d-8e4f-0123456789ac';
    const first = await enrolDevice(db, 'chorley', 'Counter PC', id);
    expect((await call(app, 'GET', '/v1/device', first.token)).status).toBe(200);
    expect(await revokeDevice(db, id)).toBe(true);
    expect((await call(app, 'GET', '/v1/device', first.token)).status).toBe(401);
    await expect(enrolDevice(db, 'harrow', 'Counter PC', id)).rejects.toThrow(/belongs to site chorley/);
    const again = await enrolDevice(db, 'chorley', 'Counter PC (rebuilt)', id);
    expect(again.deviceId).toBe(id);
    expect((await call(app, 'GET', '/v1/device', again.token)).json()).toMatchObject({ deviceId: id, deviceName: 'Counter PC (rebuilt)', siteId: 'chorley' });
    expect((await call(app, 'GET', '/v1/device', first.token)).status).toBe(401);
    await expect(enrolDevice(db, 'chorley', 'Twice', id)).rejects.toThrow(/already enrolled/);
  });

  it('answers a browser’s preflight so the app can call from its own origin', async () => {
    const res = await app.inject({ method: 'OPTIONS', url: '/v1/events', headers: { origin: 'app://reception', 'access-control-request-method': 'POST' } });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(String(res.headers['access-control-allow-headers'])).toContain('authorization');
  });

  it('serves its OpenAPI document, and the committed copy is current', async () => {
    const { readFileSync } = await import('node:fs');
    const served = (await call(app, 'GET', '/v1/openapi.json')).json();
    expect(served).toEqual(JSON.parse(readFileSync(new URL('./openapi.json', import.meta.url), 'utf8')));
    expect(Object.keys(served['paths'] as object)).toContain('/v1/events');
  });

  it('answers every route in the shape shared/sync/wire.ts defines, with a status its OpenAPI entry documents', async () => {
    const token = pcs[0]!.token;
    const doc = openApiDocument();
    const cases: [method: 'GET' | 'POST', route: string, url: string, token: string | undefined, status: number, schema: ZodType, body?: unknown][] = [
      ['GET', '/v1/health', '/v1/health', undefined, 200, Health],
      ['GET', '/v1/ready', '/v1/ready', undefined, 200, Readiness],
      ['GET', '/v1/device', '/v1/device', token, 200, WhoAmI],
      ['GET', '/v1/device', '/v1/device', undefined, 401, ErrorBody],
      ['GET', '/v1/events', '/v1/events?after=0&limit=2', token, 200, PullPage],
      ['GET', '/v1/events', '/v1/events?after=-1', token, 400, ErrorBody],
      ['POST', '/v1/events', '/v1/events', token, 400, ErrorBody, { events: [] }],
      [
        'POST',
        '/v1/events',
        '/v1/events',
        token,
        409,
        GapBody,
        { events: [{ ...morning()[0]!, id: '01900000-0000-7000-8000-00000000ffff', deviceSeq: 999_999 }] },
      ],
      ['POST', '/v1/events', '/v1/events', pcs[1]!.token, 403, ErrorBody, { events: [morning()[0]] }],
      ['GET', '/v1/days/{day}/verification', `/v1/days/${DAY}/verification`, token, 200, DayVerification],
      ['GET', '/v1/days/{day}/verification', '/v1/days/2026-13-40/verification', token, 400, ErrorBody],
      ['GET', '/v1/reports', `/v1/reports?from=${DAY}&to=${DAY}&by=desk`, token, 200, ReportBody],
      ['GET', '/v1/reports', `/v1/reports?from=${DAY}&to=${DAY}&by=nonsense`, token, 400, ErrorBody],
      ['GET', '/v1/reports', `/v1/reports?from=${DAY}&to=${DAY}`, 'oss_nonsense', 401, ErrorBody],
    ];
    for (const [method, route, url, tok, status, schema, payload] of cases) {
      const res = await call(app, method, url, tok, payload);
      expect({ url, status: res.status }).toEqual({ url, status });
      const parsed = schema.safeParse(res.json());
      expect({ url, ok: parsed.success, error: parsed.error?.message }).toEqual({ url, ok: true, error: undefined });
      const documented = (doc.paths as Record<string, Record<string, { responses: Record<number, unknown> }>>)[route]![method.toLowerCase()]!.responses;
      expect(Object.keys(documented)).toContain(String(status));
    }
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods as Record<string, { responses: Record<string, { content?: object }> }>)) {
        for (const [status, response] of Object.entries(op.responses))
          expect({ path, method, status, schema: !!response.content }).toEqual({ path, method, status, schema: true });
      }
    }
  });
});
