import { createServer } from 'node:http';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { DayVerification, PullPage, PushAck, Readiness, WhoAmI } from '../../shared/sync/wire';
import { ClaimBody, DayParams, PullQuery, PushBody, ROUTES, ReportQuery } from '../../shared/sync/wire';
import { claimWait } from '../devices/claims';
import type { Database } from '../db/adapter';
import { deviceOf, requireDevice } from './device-auth';
import { siteName } from '../devices/devices';
import { allowCors, answerClientError, answerErrors, answerFrameworkError, badRequest, strictJsonBodies } from './http-plumbing';
import { pushBatch } from '../devices/ingest';
import { LiveHub } from '../live/live';
import { Metrics, measureRequests } from './metrics';
import { officerWeb } from '../officers/officer-web';
import { STREAM_LIMITS, serveStream } from '../live/live-stream';
import type { StreamContext, StreamLimits } from '../live/live-stream';
import { openApiDocument } from './openapi';
import { dayVerification, pullEvents } from '../devices/read';
import { loadReport, reportCsvOf, reportOf, returnCsvOf } from '../reports/reports';

/**
 * The central endpoint's HTTP API, v1 (shapes in shared/sync/wire.ts).
 * Every input is parsed with zod; a bad request gets a 4xx with a reason
 * and changes nothing. Logs carry method, path, status and device, never
 * bodies (customer names live in them).
 */
export interface AppOptions {
  db: Database;
  now?: () => number;
  logger?: boolean;
  /** Largest request body, bytes. */
  bodyLimit?: number;
  /** What one live stream may cost (tests make these small). */
  streamLimits?: Partial<StreamLimits>;
  /** Proxies whose X-Forwarded-* headers are believed (config.ts, TRUST_PROXY); default loopback. */
  trustProxy?: string[];
  /** How long a client may take to send its headers, and its whole request (tests make these small). */
  timeouts?: Partial<RequestTimeouts>;
}

export interface RequestTimeouts {
  headersMs: number;
  requestMs: number;
}
/**
 * A client that trickles its headers or its body a byte at a time must not hold a connection for
 * minutes (Node's defaults: 60 s for headers, 300 s for a request, checked every 30 s). A PC's
 * push arrives in well under a second; a live stream's response is not bound by these.
 */
export const REQUEST_TIMEOUTS: RequestTimeouts = { headersMs: 10_000, requestMs: 30_000 };

export const BODY_LIMIT = 4 * 1024 * 1024;

declare module 'fastify' {
  interface FastifyInstance {
    /** How many live streams are open now (for tests and metrics). */
    openStreams(): number;
    /** How many live streams have ended since the endpoint started. */
    streamsEnded(): number;
  }
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const { db } = opts;
  const now = opts.now ?? (() => Date.now());
  const timeouts = { ...REQUEST_TIMEOUTS, ...opts.timeouts };
  const app = Fastify({
    serverFactory: (handler) =>
      createServer(
        {
          headersTimeout: timeouts.headersMs,
          requestTimeout: timeouts.requestMs,
          connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
          // Fastify's own default, kept: a load balancer's idle timeout (often 60 s) must end first.
          keepAliveTimeout: 72_000,
        },
        handler,
      ),
    // Closing ends every connection at once: every request is safe to repeat (a push above all), and a
    // PC whose request was cut sends it again to whichever endpoint process is up.
    forceCloseConnections: true,
    bodyLimit: opts.bodyLimit ?? BODY_LIMIT,
    trustProxy: opts.trustProxy ?? ['loopback'],
    // Answers Fastify and Node give before any route runs are ErrorBody too, as the OpenAPI document says.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    logger: opts.logger ? { level: 'info', redact: ['req.headers.authorization'] } : false,
  });
  const hub = new LiveHub(db);
  await hub.start();
  const streams: StreamContext = { db, hub, now, open: new Set(), ended: 0, byDevice: new Map(), limits: { ...STREAM_LIMITS, ...opts.streamLimits } };
  app.decorate('openStreams', () => streams.open.size);
  app.decorate('streamsEnded', () => streams.ended);
  app.addHook('preClose', async () => streams.open.forEach((end) => end()));
  app.addHook('onClose', async () => hub.close());
  allowCors(app);
  answerErrors(app);
  strictJsonBodies(app);

  const metrics = new Metrics();
  measureRequests(app, metrics, db);

  officerWeb(app, db, now);

  app.get(ROUTES.health, async () => ({ ok: true }));
  // Ready as soon as the database answers a query: pushes and pulls work then. Whether live
  // updates flow is said beside it; while they do not, streams read on a timer (live.ts).
  app.get(ROUTES.ready, async (_req, reply) => {
    const database = await db.query('SELECT 1').then(
      () => true,
      () => false,
    );
    const answer: Readiness = { ready: database, database: db.kind, live: hub.live };
    return answer.ready ? answer : reply.status(503).send(answer);
  });
  app.get(ROUTES.openapi, async () => openApiDocument());

  await app.register(async (withDevice) => {
    requireDevice(withDevice, db);

    // "Who am I?": the PC checks its endpoint address and token here before it relies on them.
    withDevice.get(ROUTES.device, async (req): Promise<WhoAmI> => {
      const d = deviceOf(req);
      return { deviceId: d.id, deviceName: d.name, siteId: d.siteId, siteName: await siteName(db, d.siteId), serverTime: now() };
    });

    withDevice.post(ROUTES.events, async (req, reply) => {
      const d = deviceOf(req);
      const body = PushBody.safeParse(req.body);
      if (!body.success) return badRequest(reply, body.error);
      const started = performance.now();
      const r = await pushBatch(db, d, body.data.events);
      if (!r.ok) {
        const { status, code, message, expectedSeq } = r.error;
        return reply.status(status).send({ error: code, reason: message, ...(expectedSeq !== undefined ? { expectedSeq } : {}) });
      }
      metrics.push((performance.now() - started) / 1000, r.value.stored);
      req.log.info({ device: d.id, stored: r.value.stored, ackSeq: r.value.ackSeq }, 'push');
      return { ackSeq: r.value.ackSeq, stored: r.value.stored, serverTime: now() } satisfies PushAck;
    });

    // A desk claims the customer it chose before it records the call: one desk each wait (shared/queue/claims.ts).
    withDevice.post(ROUTES.claims, async (req, reply) => {
      const body = ClaimBody.safeParse(req.body);
      if (!body.success) return badRequest(reply, body.error);
      return claimWait(db, deviceOf(req), body.data, now());
    });

    withDevice.get(ROUTES.events, async (req, reply) => {
      const q = PullQuery.safeParse(req.query);
      if (!q.success) return badRequest(reply, q.error);
      return { ...(await pullEvents(db, deviceOf(req).siteId, q.data.after, q.data.limit)), serverTime: now() } satisfies PullPage;
    });

    withDevice.get(ROUTES.stream, async (req, reply) => {
      const q = PullQuery.safeParse(req.query);
      if (!q.success) return badRequest(reply, q.error);
      await serveStream(streams, deviceOf(req), q.data.after, req, reply);
    });

    withDevice.get(ROUTES.dayVerification, async (req, reply) => {
      const p = DayParams.safeParse(req.params);
      if (!p.success) return badRequest(reply, p.error);
      return (await dayVerification(db, deviceOf(req).id, p.data.day)) satisfies DayVerification;
    });

    withDevice.get(ROUTES.reports, async (req, reply) => {
      const q = ReportQuery.safeParse(req.query);
      if (!q.success) return badRequest(reply, q.error);
      const { from, to, by, format, target, satisfactionTarget } = q.data;
      const request = { siteIds: [deviceOf(req).siteId], from, to, asOf: now(), targetPercent: target, satisfactionTargetPercent: satisfactionTarget };
      if (format === 'json') return reportOf(await loadReport(db, { ...request, by: by ?? null }));
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(reportCsvOf(await loadReport(db, { ...request, by: by ?? null })));
      return reply.type('text/csv; charset=utf-8').send(returnCsvOf(format, await loadReport(db, { ...request, by: null })));
    });
  });

  return app;
}
