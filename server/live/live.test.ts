import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { DAY, at, must } from '../../shared/testing/scenario';
import { buildApp } from '../http/app';
import { revokeDevice } from '../devices/devices';
import { openPostgres } from '../db/pg';
import type { Database } from '../db/adapter';
import { BACKENDS } from '../../test/support/server-backends';
import type { TestDb } from '../../test/support/server-backends';
import { own, siteWithPcs } from '../../test/support/server-world';
import { readStream } from '../../test/support/sse';

/** Whether the stream ended (the server closed it) within `ms`, or was still open then. */
async function endsWithin(reader: ReadableStreamDefaultReader<Uint8Array>, ms: number): Promise<'ended' | 'still open'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const toEnd = (async () => {
    while (!(await reader.read().catch(() => ({ done: true }))).done);
    return 'ended' as const;
  })();
  const late = new Promise<'still open'>((r) => (timer = setTimeout(() => r('still open'), ms)));
  const result = await Promise.race([toEnd, late]);
  clearTimeout(timer);
  if (result === 'still open') await reader.cancel();
  return result;
}

describe.each(BACKENDS)('the live stream on $name', ({ name, open }) => {
  let t: TestDb;
  const apps: FastifyInstance[] = [];
  let extra: Database | null = null;

  beforeAll(async () => {
    t = await open();
  }, 60_000);
  afterAll(async () => {
    for (const a of apps) await a.close();
    await extra?.close();
    await t?.drop();
  });

  async function serve(db: Database): Promise<string> {
    const app = await buildApp({ db });
    apps.push(app);
    return app.listen({ port: 0, host: '127.0.0.1' });
  }

  it('sends the backlog from the cursor, then new events as they are pushed', async () => {
    const [a, b] = await siteWithPcs(t.db, 'live-site', 2);
    const base = await serve(t.db);
    must(a!.sim.issue(at(0), DAY, 'council-tax'));
    await fetch(`${base}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a!.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ events: own(a!.sim) }),
    });
    must(a!.sim.issue(at(1), DAY, 'housing'));
    const wanted = own(a!.sim).map((e) => e.id);
    // The push waits until the stream is subscribed: the second ticket must come down the live path.
    let connected!: () => void;
    const subscribed = new Promise<void>((r) => (connected = r));
    const streamed = readStream(`${base}/v1/stream?after=0`, b!.token, (got) => wanted.every((id) => got.some((e) => e.id === id)), 10_000, connected);
    await subscribed;
    await fetch(`${base}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a!.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ events: own(a!.sim) }),
    });
    expect((await streamed).map((e) => e.id)).toEqual(wanted);
  });

  it('ends a device’s open stream as soon as it is revoked', async () => {
    const [, b] = await siteWithPcs(t.db, 'revoke-site', 2);
    const base = await serve(t.db);
    const res = await fetch(`${base}/v1/stream?after=0`, { headers: { authorization: `Bearer ${b!.token}` } });
    const reader = res.body!.getReader();
    await reader.read(); // the ": connected" comment
    await revokeDevice(t.db, b!.id);
    expect(await endsWithin(reader, 5_000)).toBe('ended');
    const again = await fetch(`${base}/v1/stream?after=0`, { headers: { authorization: `Bearer ${b!.token}` } });
    expect(again.status).toBe(401);
  });

  it('ends open streams when the endpoint shuts down, so PCs notice and reconnect', async () => {
    const [, b] = await siteWithPcs(t.db, 'closing-site', 2);
    const app = await buildApp({ db: t.db });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const res = await fetch(`${base}/v1/stream?after=0`, { headers: { authorization: `Bearer ${b!.token}` } });
    const reader = res.body!.getReader();
    // A browser PC reads the stream from its own origin: the CORS header must be on it.
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    await reader.read(); // the ": connected" comment
    await app.close();
    expect(await endsWithin(reader, 5_000)).toBe('ended');
  });

  it.runIf(name === 'PostgreSQL')('fans out across server processes through LISTEN/NOTIFY', async () => {
    const [a, b] = await siteWithPcs(t.db, 'fanout-site', 2);
    extra = await openPostgres(t.url!);
    const serverA = await serve(t.db);
    const serverB = await serve(extra);
    must(a!.sim.issue(at(0), DAY, 'council-tax'));
    const wanted = own(a!.sim).map((e) => e.id);
    let connected!: () => void;
    const subscribed = new Promise<void>((r) => (connected = r));
    const streamed = readStream(`${serverB}/v1/stream?after=0`, b!.token, (got) => wanted.every((id) => got.some((e) => e.id === id)), 10_000, connected);
    await subscribed;
    await fetch(`${serverA}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a!.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ events: own(a!.sim) }),
    });
    expect((await streamed).map((e) => e.id)).toEqual(wanted);
  });
});
