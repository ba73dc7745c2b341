import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Database } from './db/adapter';
import { authenticate } from './devices';
import type { Device } from './devices';
import { pushBatch } from './ingest';
import { LiveHub } from './live';
import { openApiDocument } from './openapi';
import { dayVerification, pullEvents, ticketsFor } from './read';
import { buildReport, reportCsv, returnCsv } from './reports';
import { DayParams, PullQuery, PushBody, ReportQuery } from './schemas';

/**
 * The central endpoint's HTTP API, v1. Every input is parsed with zod; a bad
 * request gets a 4xx with a reason and changes nothing. Logs carry method,
 * path, status and device, never bodies (customer names live in them).
 */
export interface AppOptions {
  db: Database;
  now?: () => number;
  logger?: boolean;
  /** Largest request body, bytes. */
  bodyLimit?: number;
}

export const BODY_LIMIT = 4 * 1024 * 1024;

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const now = opts.now ?? (() => Date.now());
  const app = Fastify({
    bodyLimit: opts.bodyLimit ?? BODY_LIMIT,
    logger: opts.logger ? { level: 'info', redact: ['req.headers.authorization'] } : false,
  });
  const hub = new LiveHub(opts.db);
  await hub.start();
  // Open live streams never end by themselves: closing the endpoint ends them, so PCs reconnect elsewhere.
  const streams = new Set<() => void>();
  app.addHook('preClose', async () => streams.forEach((end) => end()));
  app.addHook('onClose', async () => hub.close());

  // The PCs call from their own origin (app://reception, or a browser's). Auth is a bearer token,
  // never a cookie, so allowing any origin opens nothing a token does not already open.
  app.addHook('onRequest', async (req, reply) => {
    void reply.header('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      await reply
        .status(204)
        .header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
        .header('Access-Control-Allow-Headers', 'authorization, content-type')
        .header('Access-Control-Max-Age', '600')
        .send();
    }
  });

  app.setErrorHandler((err: { statusCode?: number; code?: string; message: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) app.log.error(err);
    void reply.status(status).send({ error: status === 500 ? 'internal' : (err.code ?? 'bad-request'), reason: status === 500 ? 'the endpoint failed; nothing was stored' : err.message });
  });
  app.setNotFoundHandler((_req, reply) => void reply.status(404).send({ error: 'not-found', reason: 'no such endpoint (see /v1/openapi.json)' }));

  const bad = (reply: FastifyReply, e: z.ZodError) =>
    reply.status(400).send({ error: 'invalid-request', reason: e.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ') });

  async function device(req: FastifyRequest, reply: FastifyReply): Promise<Device | null> {
    const auth = await authenticate(opts.db, req.headers.authorization);
    if (!auth.ok) {
      await reply.status(401).send({ error: 'unauthorised', reason: auth.reason });
      return null;
    }
    return auth.device;
  }

  app.get('/v1/health', async () => ({ ok: true }));
  app.get('/v1/ready', async (_req, reply) => {
    try {
      await opts.db.query('SELECT 1');
      return { ready: true, database: opts.db.kind };
    } catch {
      return reply.status(503).send({ ready: false, database: opts.db.kind });
    }
  });
  app.get('/v1/openapi.json', async () => openApiDocument());

  // "Who am I?": the PC checks its endpoint address and token here before it relies on them.
  app.get('/v1/device', async (req, reply) => {
    const d = await device(req, reply);
    if (!d) return reply;
    const site = await opts.db.query<{ name: string }>('SELECT name FROM sites WHERE id = $1', [d.siteId]);
    return { deviceId: d.id, deviceName: d.name, siteId: d.siteId, siteName: site.rows[0]?.name ?? d.siteId, serverTime: now() };
  });

  app.post('/v1/events', async (req, reply) => {
    const d = await device(req, reply);
    if (!d) return reply;
    const body = PushBody.safeParse(req.body);
    if (!body.success) return bad(reply, body.error);
    const r = await pushBatch(opts.db, d, body.data.events);
    if (!r.ok) return reply.status(r.status).send({ error: r.error, reason: r.reason, ...(r.expectedSeq !== undefined ? { expectedSeq: r.expectedSeq } : {}) });
    req.log.info({ device: d.id, stored: r.stored, ackSeq: r.ackSeq }, 'push');
    return { ackSeq: r.ackSeq, stored: r.stored, serverTime: now() };
  });

  app.get('/v1/events', async (req, reply) => {
    const d = await device(req, reply);
    if (!d) return reply;
    const q = PullQuery.safeParse(req.query);
    if (!q.success) return bad(reply, q.error);
    return { ...(await pullEvents(opts.db, d.siteId, q.data.after, q.data.limit)), serverTime: now() };
  });

  app.get('/v1/stream', async (req, reply) => {
    const d = await device(req, reply);
    if (!d) return reply;
    const q = PullQuery.safeParse(req.query);
    if (!q.success) return bad(reply, q.error);
    reply.hijack();
    const res = reply.raw;
    // Hijacked: headers set on the reply (the CORS hook's) are not sent, so the stream states its own.
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    let cursor = q.data.after;
    let busy = false;
    let again = false;
    let closed = false;
    const flush = async () => {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        do {
          again = false;
          let page;
          do {
            page = await pullEvents(opts.db, d.siteId, cursor, 1000);
            if (page.events.length && !closed) {
              cursor = page.cursor;
              res.write(`id: ${cursor}\nevent: events\ndata: ${JSON.stringify({ events: page.events, cursor, serverTime: now() })}\n\n`);
            }
          } while (page.more && !closed);
        } while (again && !closed);
      } finally {
        busy = false;
      }
    };
    const unsubscribe = hub.subscribe(d.siteId, () => void flush().catch(() => undefined));
    const heartbeat = setInterval(() => res.write(`: heartbeat ${now()}\n\n`), 15_000);
    const end = () => res.end();
    streams.add(end);
    req.raw.on('close', () => {
      closed = true;
      streams.delete(end);
      unsubscribe();
      clearInterval(heartbeat);
    });
    res.write(`: connected ${now()}\n\n`);
    await flush();
  });

  app.get('/v1/days/:day/verification', async (req, reply) => {
    const d = await device(req, reply);
    if (!d) return reply;
    const p = DayParams.safeParse(req.params);
    if (!p.success) return bad(reply, p.error);
    return dayVerification(opts.db, d.id, p.data.day);
  });

  app.get('/v1/reports', async (req, reply) => {
    const d = await device(req, reply);
    if (!d) return reply;
    const q = ReportQuery.safeParse(req.query);
    if (!q.success) return bad(reply, q.error);
    const tickets = await ticketsFor(opts.db, [d.siteId], q.data.from, q.data.to);
    const report = buildReport(tickets, { from: q.data.from, to: q.data.to, by: q.data.by ?? null, asOf: now(), targetPercent: q.data.target });
    if (q.data.format === 'csv') return reply.type('text/csv; charset=utf-8').send(reportCsv(report));
    if (q.data.format !== 'json') {
      const opts = { from: q.data.from, to: q.data.to, by: null, asOf: now(), targetPercent: q.data.target };
      return reply.type('text/csv; charset=utf-8').send(returnCsv(q.data.format, tickets, opts));
    }
    return report;
  });

  return app;
}
