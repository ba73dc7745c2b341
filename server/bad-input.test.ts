import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { DAY, at, must } from '../shared/testing/scenario';
import { buildApp } from './http/app';
import { BACKENDS } from '../test/support/server-backends';
import type { TestDb } from '../test/support/server-backends';
import { call, countEvents, own, siteWithPcs } from '../test/support/server-world';

/**
 * Input that used to get through: text PostgreSQL cannot hold, bytes that
 * are not UTF-8, one id with two contents, times that are not times. Each
 * gets a 4xx that says why, and nothing of the batch is stored.
 */
describe.each(BACKENDS)('hostile input on $name', ({ open }) => {
  let t: TestDb;
  let app: FastifyInstance;
  let pcs: Awaited<ReturnType<typeof siteWithPcs>>;
  beforeAll(async () => {
    t = await open();
    app = await buildApp({ db: t.db });
    pcs = await siteWithPcs(t.db, 'hostile', 3);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  const issued = (i: number) => {
    const { sim } = pcs[i]!;
    must(sim.issue(at(sim.log.size), DAY, 'council-tax', { name: 'Jo' }));
    return own(sim);
  };
  const withName = (events: ReturnType<typeof own>, name: string) =>
    events.map((e) => (e.type === 'ticket.issued' ? { ...e, payload: { ...e.payload, name } } : e));

  it.each([
    ['a NUL character', 'Jo\u0000hn'],
    ['a lone high surrogate', 'Jo\uD800hn'],
    ['a lone low surrogate', 'Jo\uDC00hn'],
  ])('refuses a name with %s, says where, and stores nothing', async (_what, name) => {
    const before = await countEvents(t.db);
    const res = await call(app, 'POST', '/v1/events', pcs[0]!.token, { events: withName(issued(0), name) });
    expect(res.status).toBe(400);
    expect(String(res.json()['reason'])).toContain('payload.name');
    expect(await countEvents(t.db)).toBe(before);
  });

  it('refuses a body that is not UTF-8, rather than storing replacement characters', async () => {
    const before = await countEvents(t.db);
    const json = JSON.stringify({ events: withName(issued(0), 'JOHN') });
    const bytes = Buffer.from(json, 'utf8');
    const at = bytes.indexOf(Buffer.from('JOHN'));
    bytes[at + 1] = 0xff; // not a byte UTF-8 ever uses
    const res = await app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: { authorization: `Bearer ${pcs[0]!.token}`, 'content-type': 'application/json' },
      payload: bytes,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid-encoding' });
    expect(await countEvents(t.db)).toBe(before);
  });

  it('refuses one id with two contents in a batch, and a re-send that changes a held event', async () => {
    const events = issued(1);
    const first = events[0]!;
    const twice = await call(app, 'POST', '/v1/events', pcs[1]!.token, { events: [first, { ...first, hlc: first.hlc.replace(/^\d/, '9') }] });
    expect([twice.status, twice.json()['error']]).toEqual([400, 'duplicate-id']);
    expect((await call(app, 'POST', '/v1/events', pcs[1]!.token, { events })).status).toBe(200);
    const changed = events.map((e) => (e.type === 'ticket.issued' ? { ...e, payload: { ...e.payload, priority: !e.payload.priority } } : e));
    const resend = await call(app, 'POST', '/v1/events', pcs[1]!.token, { events: changed });
    expect([resend.status, resend.json()['error']]).toEqual([409, 'content-conflict']);
    // The same events again, or with the name purged (retention), are the same events.
    expect((await call(app, 'POST', '/v1/events', pcs[1]!.token, { events })).json()).toMatchObject({ stored: 0 });
    const purged = events.map((e) => (e.type === 'ticket.issued' ? { ...e, payload: { ...e.payload, name: undefined } } : e));
    expect((await call(app, 'POST', '/v1/events', pcs[1]!.token, { events: JSON.parse(JSON.stringify(purged)) })).status).toBe(200);
  });

  it.each([
    ['0', 0],
    ['the last day JavaScript can count', 8.64e15],
    ['the year 2100', Date.UTC(2100, 0, 2)],
  ])('refuses an event dated %s', async (_what, time) => {
    const before = await countEvents(t.db);
    const events = issued(2).map((e) => ({ ...e, at: time }));
    const res = await call(app, 'POST', '/v1/events', pcs[2]!.token, { events });
    expect(res.status).toBe(400);
    expect(await countEvents(t.db)).toBe(before);
  });
  it('refuses a ticket issued on a day the calendar does not have, and such a day in a report or a verification', async () => {
    const before = await countEvents(t.db);
    const events = issued(2).map((e) => (e.type === 'ticket.issued' ? { ...e, payload: { ...e.payload, day: '2026-02-30' } } : e));
    const res = await call(app, 'POST', '/v1/events', pcs[2]!.token, { events });
    expect(res.status).toBe(400);
    expect(String(res.json()['reason'])).toMatch(/payload: day: a day the calendar has/);
    expect(await countEvents(t.db)).toBe(before);
    expect((await call(app, 'GET', '/v1/reports?from=2026-02-30&to=2026-03-01', pcs[2]!.token)).status).toBe(400);
    expect((await call(app, 'GET', '/v1/days/2026-02-30/verification', pcs[2]!.token)).status).toBe(400);
  });

  it.each([
    ['UTF-16', { 'content-type': 'application/json; charset=utf-16' }],
    ['Latin-1', { 'content-type': 'application/json;charset="ISO-8859-1"' }],
    ['gzip', { 'content-type': 'application/json', 'content-encoding': 'gzip' }],
  ])('refuses a body declared %s with 415, rather than reading it as UTF-8 and storing it', async (_what, headers) => {
    const before = await countEvents(t.db);
    const res = await app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: { authorization: `Bearer ${pcs[0]!.token}`, ...headers },
      payload: JSON.stringify({ events: issued(0) }),
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ error: 'unsupported-encoding' });
    expect(await countEvents(t.db)).toBe(before);
  });

  it("checks the token before it reads the body: a stranger's body, however bad, gets 401", async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/events', headers: { 'content-type': 'application/json' }, payload: '{ not json'.repeat(1000) });
    expect(res.statusCode).toBe(401);
  });
});
