import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../shared/events/schema';
import { seededRandom } from '../shared/testing/prng';
import { DAY, at, must } from '../shared/testing/scenario';
import type { Database } from './db/adapter';
import { migrate } from './db/migrate';
import { openPglite } from './db/pglite';
import { freshPostgres } from '../test/support/server-backends';
import { freePort, killAndWait, startEndpoint } from '../test/support/endpoint-process';
import { own, siteWithPcs } from '../test/support/server-world';
import { readStream } from '../test/support/sse';

/**
 * The endpoint killed with SIGKILL at random moments while PCs push (and,
 * on PostgreSQL, its connections terminated too). Afterwards every event it
 * acknowledged is held exactly once, nothing is held twice, the data opens
 * again, and the live stream delivers. Seeded and bounded: CHAOS_ROUNDS
 * (default 5 per database) and CHAOS_SEED; `npm run bench -- chaos` runs longer.
 */
const ROUNDS = Number(process.env['CHAOS_ROUNDS'] ?? 5);
const SEED = Number(process.env['CHAOS_SEED'] ?? 20261125);
const ADMIN_URL = process.env['TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

type Pc = Awaited<ReturnType<typeof siteWithPcs>>[number];

async function push(base: string, pc: Pc, acked: Map<string, number>): Promise<void> {
  const events = own(pc.sim).filter((e) => e.deviceSeq > (acked.get(pc.id) ?? 0));
  if (!events.length) return;
  const res = await fetch(`${base}/v1/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${pc.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ events: events.slice(0, 200) }),
  });
  if (res.status !== 200) return;
  const { ackSeq } = (await res.json()) as { ackSeq: number };
  acked.set(pc.id, Math.max(acked.get(pc.id) ?? 0, ackSeq));
}

async function terminateBackends(url: string) {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [new URL(url).pathname.slice(1)]);
  await admin.end();
}

async function pullAll(base: string, token: string): Promise<DomainEvent[]> {
  const all: DomainEvent[] = [];
  let after = 0;
  for (;;) {
    const res = await fetch(`${base}/v1/events?after=${after}&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
    const page = (await res.json()) as { events: DomainEvent[]; cursor: number; more: boolean };
    all.push(...page.events);
    after = page.cursor;
    if (!page.more) return all;
  }
}

async function chaos(name: string, setup: () => Promise<{ db: Database; env: NodeJS.ProcessEnv; url?: string }>) {
  const rnd = seededRandom(SEED);
  const { db, env, url } = await setup();
  const pcs = await siteWithPcs(db, 'chaos', 4);
  await db.close();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const acked = new Map<string, number>();
  let minute = 0;
  let kills = 0;

  for (let round = 0; round < ROUNDS; round++) {
    const server = await startEndpoint(port, env);
    cleanups.push(() => killAndWait(server));
    let stop = false;
    const workers = pcs.map(async (pc) => {
      while (!stop) {
        must(pc.sim.issue(at(minute++ / 60), DAY, 'council-tax'));
        await push(base, pc, acked).catch(() => undefined);
      }
    });
    await new Promise((r) => setTimeout(r, 150 + rnd.next() * 600));
    if (url && round % 2 === 1) {
      await terminateBackends(url);
      await new Promise((r) => setTimeout(r, 100 + rnd.next() * 200));
    }
    await killAndWait(server, 'SIGKILL');
    kills++;
    stop = true;
    await Promise.all(workers);
  }

  // After the last kill: the data opens again, everything is sent, and the stream delivers.
  const server = await startEndpoint(port, env);
  cleanups.push(() => killAndWait(server));
  const [first, second] = pcs;
  must(first!.sim.issue(at(minute++ / 60), DAY, 'housing'));
  const last = own(first!.sim).at(-1)!;
  const streamed = readStream(`${base}/v1/stream?after=0`, second!.token, (got) => got.some((e) => e.id === last.id), 20_000);
  for (let attempt = 0; attempt < 100 && pcs.some((pc) => (acked.get(pc.id) ?? 0) < own(pc.sim).length); attempt++) {
    for (const pc of pcs) await push(base, pc, acked);
  }
  expect((await streamed).some((e) => e.id === last.id)).toBe(true);

  const held = await pullAll(base, pcs[0]!.token);
  const ids = held.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const pc of pcs) {
    const sent = own(pc.sim);
    expect(acked.get(pc.id)).toBe(sent.length);
    const mine = held.filter((e) => e.deviceId === pc.id).map((e) => e.deviceSeq);
    expect(mine.sort((a, b) => a - b)).toEqual(sent.map((e) => e.deviceSeq));
  }
  console.info(`chaos on ${name}: ${kills} kills, ${held.length} events held exactly once`);
  await killAndWait(server, 'SIGTERM');
}

describe('the endpoint killed while PCs push', () => {
  it('on PGlite: loses and doubles nothing acknowledged, and its folder opens after every kill', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'oss-chaos-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    await chaos('PGlite', async () => {
      const db = await openPglite(dir);
      await migrate(db);
      return { db, env: { ...process.env, OSS_DATA_DIR: dir, DATABASE_URL: '' } };
    });
  }, 240_000);

  it('on PostgreSQL, with its connections terminated too: loses and doubles nothing acknowledged', async () => {
    const t = await freshPostgres();
    cleanups.push(() => t.drop());
    await chaos('PostgreSQL', async () => {
      const { openPostgres } = await import('./db/pg');
      return { db: await openPostgres(t.url!), env: { ...process.env, DATABASE_URL: t.url! }, url: t.url! };
    });
  }, 240_000);
});
