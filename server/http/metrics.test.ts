import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, at, must } from '../../shared/testing/scenario';
import { buildApp } from './app';
import type { Database } from '../db/adapter';
import { migrate } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { own, siteWithPcs } from '../../test/support/server-world';
import { freshPostgres } from '../../test/support/server-backends';

let db: Database;
let app: FastifyInstance;
let base: string;
let pc: Awaited<ReturnType<typeof siteWithPcs>>[number] | undefined;

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  [pc] = await siteWithPcs(db, 'leyland', 1);
  app = await buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const line = (text: string, name: string) =>
  text
    .split('\n')
    .find((l) => l.startsWith(name))
    ?.slice(name.length)
    .trim();

describe('GET /metrics', () => {
  it('counts requests by route template and status, push latency, events stored and open streams, and names no device', async () => {
    const auth = { authorization: `Bearer ${pc!.token}`, 'content-type': 'application/json' };
    for (let m = 0; m < 4; m++) must(pc!.sim.issue(at(m), DAY, 'council-tax'));
    const events = own(pc!.sim);
    expect((await fetch(`${base}/v1/events`, { method: 'POST', headers: auth, body: JSON.stringify({ events }) })).status).toBe(200);
    // The same batch again: held already, so nothing more is counted as stored.
    expect((await fetch(`${base}/v1/events`, { method: 'POST', headers: auth, body: JSON.stringify({ events }) })).status).toBe(200);
    expect((await fetch(`${base}/v1/days/${DAY}/verification`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${base}/v1/days/2026-11-24/verification`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${base}/v1/events`, { headers: { authorization: 'Bearer oss_nobody_secret' } })).status).toBe(401);
    const stream = await fetch(`${base}/v1/stream?after=0`, { headers: auth });
    const reader = stream.body!.getReader();
    await reader.read();

    const res = await fetch(`${base}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(line(text, 'oss_http_requests_total{method="POST",route="/v1/events",status="200"}')).toBe('2');
    expect(line(text, 'oss_http_requests_total{method="GET",route="/v1/days/:day/verification",status="200"}')).toBe('2');
    expect(line(text, 'oss_http_requests_total{method="GET",route="/v1/events",status="401"}')).toBe('1');
    expect(line(text, 'oss_push_duration_seconds_count')).toBe('2');
    expect(line(text, 'oss_push_duration_seconds_bucket{le="+Inf"}')).toBe('2');
    expect(line(text, 'oss_events_ingested_total')).toBe(String(events.length));
    expect(line(text, 'oss_live_streams_open')).toBe('1');
    // Every family is declared before its samples, and nothing names a device, a site or a token.
    expect(text).toContain('# TYPE oss_push_duration_seconds histogram');
    for (const secret of [pc!.id, pc!.token, 'leyland', DAY]) expect(text).not.toContain(secret);
    await reader.cancel();
  });

  it('on PostgreSQL, also says how the connection pool stands', async () => {
    const pg = await freshPostgres();
    const onPg = await buildApp({ db: pg.db });
    try {
      const text = (await onPg.inject({ method: 'GET', url: '/metrics' })).body;
      expect(Number(line(text, 'oss_db_pool_connections{state="total"}'))).toBeGreaterThanOrEqual(1);
      expect(line(text, 'oss_db_pool_waiting')).toBe('0');
    } finally {
      await onPg.close();
      await pg.drop();
    }
  });
});
