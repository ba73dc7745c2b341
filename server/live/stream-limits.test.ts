import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { generateHistory } from '../../shared/testing/history';
import { buildApp } from '../http/app';
import { createSite, enrolDevice } from '../devices/devices';
import { BACKENDS } from '../../test/support/server-backends';
import type { TestDb } from '../../test/support/server-backends';
import { readStream } from '../../test/support/sse';

/**
 * Live streams cannot make the endpoint buffer without end: one that is
 * not read is cut, one far behind hands over to pulling, and one device
 * cannot open streams without limit.
 */
describe.each(BACKENDS)('live-stream limits on $name', ({ open }) => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;
  let token: string;
  const total = { events: 0 };
  beforeAll(async () => {
    t = await open();
    app = await buildApp({ db: t.db, streamLimits: { maxBufferedBytes: 256 * 1024, drainTimeoutMs: 1_000, maxCatchUpEvents: 2_000, perDevice: 2 } });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    await createSite(t.db, 'busy', 'Busy');
    const pc = await enrolDevice(t.db, 'busy', 'PC');
    token = pc.token;
    const events = generateHistory({ tickets: 5_000, startMs: Date.UTC(2026, 10, 2, 9), perDay: 400, seed: 7, deviceId: pc.deviceId, siteId: 'busy' });
    total.events = events.length;
    for (let i = 0; i < events.length; i += 1000) {
      const res = await fetch(`${base}/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ events: events.slice(i, i + 1000) }),
      });
      expect(res.status).toBe(200);
    }
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it('cuts a stream that is never read instead of buffering the backlog', async () => {
    // No catch-up allowance here: only the buffer cap and the drain wait can end it.
    const patient = await buildApp({ db: t.db, streamLimits: { maxBufferedBytes: 256 * 1024, drainTimeoutMs: 1_000, maxCatchUpEvents: 1e9, perDevice: 2 } });
    const patientBase = await patient.listen({ port: 0, host: '127.0.0.1' });
    const socket = connect(Number(new URL(patientBase).port), '127.0.0.1');
    socket.pause(); // a client that never reads
    socket.write(`GET /v1/stream?after=0 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n\r\n`);
    await expect.poll(() => patient.openStreams(), { timeout: 5_000 }).toBe(1);
    await expect.poll(() => patient.openStreams(), { timeout: 15_000 }).toBe(0);
    socket.destroy();
    await patient.close();
  }, 30_000);

  it('hands a stream far behind over to pulling after its catch-up allowance', async () => {
    expect(total.events).toBeGreaterThan(2_000);
    const got = await readStream(`${base}/v1/stream?after=0`, token, () => false, 15_000);
    expect(got.length).toBeGreaterThanOrEqual(2_000);
    expect(got.length).toBeLessThan(total.events);
  }, 30_000);

  it('refuses a device more streams than its share, with a reason', async () => {
    const ctrl = new AbortController();
    const opened = [0, 1].map(() =>
      fetch(`${base}/v1/stream?after=${total.events + 1_000_000}`, { headers: { authorization: `Bearer ${token}` }, signal: ctrl.signal }),
    );
    for (const r of await Promise.all(opened)) expect(r.status).toBe(200);
    const third = await fetch(`${base}/v1/stream?after=0`, { headers: { authorization: `Bearer ${token}` } });
    expect([third.status, ((await third.json()) as { error: string }).error]).toEqual([429, 'too-many-streams']);
    ctrl.abort();
    await expect.poll(() => app.openStreams(), { timeout: 5_000 }).toBe(0);
  }, 30_000);
  it('closes the socket of a stream it cuts after its catch-up allowance, so a reader that never reads pins nothing', async () => {
    // A buffer cap and drain wait too large to end it: only the catch-up allowance does.
    const roomy = await buildApp({
      db: t.db,
      streamLimits: { maxBufferedBytes: 64 * 1024 * 1024, drainTimeoutMs: 60_000, maxCatchUpEvents: 2_000, perDevice: 2 },
    });
    const roomyBase = await roomy.listen({ port: 0, host: '127.0.0.1' });
    const connections = () => new Promise<number>((resolve) => roomy.server.getConnections((_e, n) => resolve(n)));
    // Five non-reading clients, each opened once the stream before it has ended (as the probe's
    // client did): each one's socket must go with its stream, not stay open holding its backlog.
    const sockets = [];
    for (let i = 0; i < 5; i++) {
      const socket = connect(Number(new URL(roomyBase).port), '127.0.0.1');
      socket.on('error', () => undefined);
      socket.pause(); // never reads
      socket.write(`GET /v1/stream?after=0 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n\r\n`);
      sockets.push(socket);
      await expect.poll(() => roomy.streamsEnded(), { timeout: 15_000 }).toBe(i + 1);
    }
    await expect.poll(connections, { timeout: 10_000 }).toBe(0);
    for (const socket of sockets) socket.destroy();
    await roomy.close();
  }, 30_000);

  it('closes connections that trickle their headers or their body', async () => {
    const strict = await buildApp({ db: t.db, timeouts: { headersMs: 500, requestMs: 1_000 } });
    const strictBase = await strict.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(strictBase).port);
    const trickle = (first: string) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      const closed = new Promise<'closed'>((r) => socket.once('close', () => r('closed')));
      socket.write(first);
      const drip = setInterval(() => socket.writable && socket.write('a'), 100);
      return closed.finally(() => clearInterval(drip));
    };
    const headers = Array.from({ length: 20 }, () => trickle('GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: '));
    const bodies = Array.from({ length: 20 }, () =>
      trickle(`POST /v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{`),
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'still open'>((r) => (timer = setTimeout(() => r('still open'), 10_000)));
    const outcome = await Promise.race([Promise.all([...headers, ...bodies]).then(() => 'all closed'), late]);
    clearTimeout(timer);
    expect(outcome).toBe('all closed');
    await strict.close();
  }, 30_000);
});
