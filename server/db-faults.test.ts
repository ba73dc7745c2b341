import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { DAY, at, must } from '../shared/testing/scenario';
import { buildApp } from './http/app';
import { freshPostgres } from '../test/support/server-backends';
import type { TestDb } from '../test/support/server-backends';
import { countEvents, own, siteWithPcs } from '../test/support/server-world';
import { readStream } from '../test/support/sse';

/**
 * PostgreSQL going away under load: its backends terminated (what a
 * restart or a failover does to every connection). The endpoint must not
 * die, must answer what it could not do with 503 and a retry hint, and
 * must serve again, including the live stream, as soon as it can.
 */
const ADMIN_URL = process.env['TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function terminateBackends(url: string): Promise<number> {
  const dbName = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const r = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [dbName]);
  await admin.end();
  return r.rowCount ?? 0;
}

const push = (base: string, token: string, events: unknown[]) =>
  fetch(`${base}/v1/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });

describe('the endpoint when PostgreSQL drops its connections', () => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    t = await freshPostgres();
    app = await buildApp({ db: t.db });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it('answers 503 with a retry hint while connections die, stays up, and then stores every event exactly once', async () => {
    const pcs = await siteWithPcs(t.db, 'drop-site', 5);
    const statuses: number[] = [];
    let hintsMissing = 0;
    let stop = false;
    const workers = pcs.map(async (pc, i) => {
      let minute = 0;
      while (!stop) {
        for (let k = 0; k < 5; k++) must(pc.sim.issue(at(minute++ / 10), DAY, ['council-tax', 'housing'][(i + k) % 2]!));
        const res = await push(base, pc.token, own(pc.sim));
        statuses.push(res.status);
        if (res.status === 503 && !res.headers.get('retry-after')) hintsMissing++;
        await res.arrayBuffer();
      }
    });
    // Each step waits for what it stands for: pushes answered under load, then answers after each cut.
    const answersAfter = (n: number) => vi.waitFor(() => expect(statuses.length).toBeGreaterThanOrEqual(n), { timeout: 20_000, interval: 20 });
    await answersAfter(10);
    expect(await terminateBackends(t.url!)).toBeGreaterThan(0);
    await answersAfter(statuses.length + 10);
    await terminateBackends(t.url!);
    await answersAfter(statuses.length + 10);
    stop = true;
    await Promise.all(workers);

    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(hintsMissing).toBe(0);
    // Every PC sends what it has until the endpoint acknowledges all of it.
    for (const pc of pcs) {
      const all = own(pc.sim);
      let acked = -1;
      for (let attempt = 0; attempt < 50 && acked !== all.length; attempt++) {
        const res = await push(base, pc.token, all);
        if (res.status === 200) acked = ((await res.json()) as { ackSeq: number }).ackSeq;
        else await new Promise((r) => setTimeout(r, 200));
      }
      expect(acked).toBe(all.length);
    }
    const total = pcs.reduce((n, pc) => n + own(pc.sim).length, 0);
    expect(await countEvents(t.db)).toBe(total);
  }, 60_000);

  it('keeps the live stream delivering after its LISTEN connection is terminated', async () => {
    const [a, b] = await siteWithPcs(t.db, 'listen-site', 2);
    // The test before cut every connection, LISTEN's too: it reconnects with a backoff of up to 5 s, and
    // the endpoint honestly says live: false meanwhile. Start from a live connection, as this test means to.
    await expect
      .poll(async () => (await (await fetch(`${base}/v1/ready`)).json()) as { ready: boolean; live: boolean }, { timeout: 10_000 })
      .toMatchObject({ ready: true, live: true });
    for (let k = 0; k < 5; k++) must(a!.sim.issue(at(k), DAY, 'council-tax'));
    const wanted = own(a!.sim).map((e) => e.id);
    let connected!: () => void;
    const open = new Promise<void>((r) => (connected = r));
    const streamed = readStream(`${base}/v1/stream?after=0`, b!.token, (got) => wanted.every((id) => got.some((e) => e.id === id)), 15_000, connected);
    await open;
    await terminateBackends(t.url!);
    let stored = 0;
    while (stored !== wanted.length) {
      const res = await push(base, a!.token, own(a!.sim));
      if (res.status === 200) stored = ((await res.json()) as { ackSeq: number }).ackSeq;
      else await new Promise((r) => setTimeout(r, 100));
    }
    expect((await streamed).map((e) => e.id)).toEqual(wanted);
    await expect.poll(async () => ((await (await fetch(`${base}/v1/ready`)).json()) as { live: boolean }).live, { timeout: 10_000 }).toBe(true);
  }, 30_000);
});
