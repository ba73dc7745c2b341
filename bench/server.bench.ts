/**
 * The central endpoint over HTTP on loopback (docs/architecture.md):
 * - a backlog of 10k events pushed by one PC: ≤ 5 s on PGlite, ≤ 2 s on PostgreSQL;
 * - ingest from 20 devices pushing at once, on PostgreSQL: ≥ 5,000 events/s;
 * - on both databases: 50 devices × 10 events and 20 × 500 per request (events/s, latency per
 *   push), memory with 1,000 live streams and with 20 that never read (cut by the stream limits),
 *   and what durability costs PGlite on disk;
 * - push throughput with 0 and with 200,000 events held, side by side (BENCH_PART=growth runs only that).
 * Run: npm run bench -- server   (needs PostgreSQL at 127.0.0.1:5432, as CI has)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/http/app';
import type { Database } from '../server/db/adapter';
import { migrate } from '../server/db/migrate';
import { openPglite } from '../server/db/pglite';
import { createSite, enrolDevice } from '../server/devices/devices';
import { freshPostgres } from '../test/support/server-backends';
import type { DomainEvent } from '../shared/events/schema';
import { generateHistory } from '../shared/testing/history';

const BATCH = 500;

async function pushAll(base: string, token: string, events: DomainEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += BATCH) {
    const res = await fetch(`${base}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ events: events.slice(i, i + BATCH) }),
    });
    if (!res.ok) throw new Error(`push failed: ${res.status} ${await res.text()}`);
  }
}

/** Different sites get different histories: the same seed would give them the same ticket ids. */
const seedOf = (site: string) => [...site].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 1_000_000;

async function enrolled(db: Database, site: string, n: number) {
  await createSite(db, site, site);
  const out: { token: string; events: DomainEvent[] }[] = [];
  for (let i = 0; i < n; i++) {
    const { deviceId, token } = await enrolDevice(db, site, `PC ${i}`);
    out.push({
      token,
      events: generateHistory({ tickets: 2_050, startMs: Date.UTC(2026, 10, 2, 9), perDay: 300, seed: seedOf(site) + i, deviceId, siteId: site }).slice(
        0,
        10_000,
      ),
    });
  }
  return out;
}

async function backlog(name: string, db: Database, budgetMs: number) {
  await migrate(db);
  const app = await buildApp({ db });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const [pc] = await enrolled(db, 'backlog', 1);
  const t0 = performance.now();
  await pushAll(base, pc!.token, pc!.events);
  const ms = performance.now() - t0;
  console.log(
    `${name}: 10k-event backlog pushed in ${ms.toFixed(0)} ms in batches of ${BATCH} (${Math.round(pc!.events.length / (ms / 1000)).toLocaleString()} events/s; budget ≤ ${budgetMs} ms)`,
  );
  await app.close();
}

async function concurrent(db: Database) {
  const app = await buildApp({ db });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const pcs = await enrolled(db, 'concurrent', 20);
  const per = 2_500;
  const t0 = performance.now();
  await Promise.all(pcs.map((pc) => pushAll(base, pc.token, pc.events.slice(0, per))));
  const ms = performance.now() - t0;
  console.log(
    `PostgreSQL: 20 devices pushing ${(20 * per).toLocaleString()} events at once: ${ms.toFixed(0)} ms, ${Math.round((20 * per) / (ms / 1000)).toLocaleString()} events/s (budget ≥ 5,000 events/s)`,
  );
  await app.close();
}

/** Many small pushes (10 events each, as a busy desk sends them): latency per acknowledged push. */
async function smallPushes(name: string, db: Database) {
  await migrate(db);
  const app = await buildApp({ db });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const [pc] = await enrolled(db, 'small', 1);
  const times: number[] = [];
  for (let i = 0; i < 2_000; i += 10) {
    const t0 = performance.now();
    await pushAll(base, pc!.token, pc!.events.slice(i, i + 10));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.ceil((p / 100) * times.length) - 1]!.toFixed(2);
  console.log(`${name}: 200 pushes of 10 events, ms per push p50 ${q(50)}, p95 ${q(95)}, p99 ${q(99)}`);
  await app.close();
}

/** Throughput and latency per push with many devices at once: `devices` × `per` events per request. */
async function manyDevices(name: string, db: Database, devices: number, per: number, requests: number, site = `many-${devices}-${per}`): Promise<number> {
  const app = await buildApp({ db });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const pcs = await enrolled(db, site, devices);
  const times: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    pcs.map(async (pc) => {
      for (let r = 0; r < requests; r++) {
        const s0 = performance.now();
        await pushAll(base, pc.token, pc.events.slice(r * per, (r + 1) * per));
        times.push(performance.now() - s0);
      }
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.ceil((p / 100) * times.length) - 1]!.toFixed(1);
  const events = devices * per * requests;
  console.log(
    `${name}: ${devices} devices × ${per} events per request: ${Math.round(events / secs).toLocaleString()} events/s; ms per push p50 ${q(50)}, p95 ${q(95)}, p99 ${q(99)}`,
  );
  await app.close();
  return events / secs;
}

/**
 * Push cost must not grow with what the endpoint holds: 50 devices × 10 events per push on an
 * empty database, then again once it holds 200,000 events (a busy site's two years), side by side.
 * The hourly statistics refresh (retention.ts) is run once after loading, as a running endpoint would have.
 */
async function growth(name: string, db: Database) {
  const empty = await manyDevices(`${name}, 0 events held`, db, 50, 10, 20, 'growth-empty');
  const app = await buildApp({ db });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const t0 = performance.now();
  for (const pc of await enrolled(db, 'growth-history', 20)) await pushAll(base, pc.token, pc.events);
  await app.close();
  const held = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0]!.n;
  console.log(`${name}: loaded to ${held.toLocaleString()} events held in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  await db.refreshStatistics?.();
  const full = await manyDevices(`${name}, ${held.toLocaleString()} events held`, db, 50, 10, 20, 'growth-full');
  console.log(
    `${name}: pushes at ${held.toLocaleString()} events held run at ${((full / empty) * 100).toFixed(0)}% of the rate at 0 (${Math.round(empty).toLocaleString()} → ${Math.round(full).toLocaleString()} events/s)`,
  );
}

if (process.env['BENCH_PART'] === 'growth') {
  for (const backend of ['PGlite', 'PostgreSQL'] as const) {
    const d = mkdtempSync(path.join(tmpdir(), 'oss-bench-growth-'));
    const t = backend === 'PGlite' ? null : await freshPostgres();
    const db = t ? t.db : await openPglite(d);
    if (!t) await migrate(db);
    await growth(`${backend}${t ? '' : ' (on disk)'}`, db);
    if (t) await t.drop();
    else await db.close();
    rmSync(d, { recursive: true, force: true });
  }
  process.exit(0);
}

/** Memory of this process (endpoint and its clients) with many live streams open, and with streams that never read. */
async function streamMemory(name: string, db: Database) {
  const app = await buildApp({ db });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const [pc] = await enrolled(db, 'streams', 1);
  await pushAll(base, pc!.token, pc!.events);
  const mb = () => process.memoryUsage().rss / 1024 / 1024;
  global.gc?.();
  const before = mb();
  const ctrl = new AbortController();
  const devices = await Promise.all(Array.from({ length: 250 }, async (_, i) => (await enrolDevice(db, 'streams', `viewer ${i}`)).token));
  const live = await Promise.all(
    Array.from({ length: 1_000 }, (_, i) =>
      fetch(`${base}/v1/stream?after=${1_000_000_000}`, { headers: { authorization: `Bearer ${devices[i % devices.length]}` }, signal: ctrl.signal }),
    ),
  );
  console.log(`${name}: ${live.filter((r) => r.ok).length} live streams open, ${app.openStreams()} on the endpoint: +${(mb() - before).toFixed(0)} MB`);
  ctrl.abort();
  await new Promise((r) => setTimeout(r, 500));
  const { connect } = await import('node:net');
  const port = Number(new URL(base).port);
  const stuck = Array.from({ length: 20 }, (_, i) => {
    const sock = connect(port, '127.0.0.1');
    sock.pause();
    sock.write(`GET /v1/stream?after=0 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${devices[i]}\r\n\r\n`);
    return sock;
  });
  const peak = { mb: mb() };
  const watch = setInterval(() => (peak.mb = Math.max(peak.mb, mb())), 100);
  await new Promise((r) => setTimeout(r, 35_000));
  clearInterval(watch);
  console.log(`${name}: 20 streams from cursor 0 that never read: peak +${(peak.mb - before).toFixed(0)} MB; still open after 35 s: ${app.openStreams()}`);
  stuck.forEach((s) => s.destroy());
  await app.close();
}

for (const durable of [true, false]) {
  const d = mkdtempSync(path.join(tmpdir(), 'oss-bench-pglite-'));
  const db = await openPglite(d, { durable });
  await smallPushes(`PGlite on disk, ${durable ? 'durable (fsync per commit)' : 'not durable (PGlite default, for comparison)'}`, db);
  await db.close();
  rmSync(d, { recursive: true, force: true });
}

const dir = mkdtempSync(path.join(tmpdir(), 'oss-bench-pglite-'));
const lite = await openPglite(dir);
await backlog('PGlite (on disk)', lite, 5_000);
await lite.close();
rmSync(dir, { recursive: true, force: true });

for (const backend of ['PGlite', 'PostgreSQL'] as const) {
  const d = mkdtempSync(path.join(tmpdir(), 'oss-bench-many-'));
  const t = backend === 'PGlite' ? null : await freshPostgres();
  const db = t ? t.db : await openPglite(d);
  if (!t) await migrate(db);
  await manyDevices(backend, db, 50, 10, 20);
  await manyDevices(backend, db, 20, 500, 2);
  await streamMemory(backend, db);
  if (t) await t.drop();
  else await db.close();
  rmSync(d, { recursive: true, force: true });
}

const pgA = await freshPostgres();
await backlog('PostgreSQL', pgA.db, 2_000);
await pgA.drop();
const pgB = await freshPostgres();
await concurrent(pgB.db);
await pgB.drop();
