import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody, LivePage } from '../../shared/sync/wire';
import type { Queryable } from '../db/adapter';
import { CORS_HEADERS } from '../http/http-plumbing';
import { stillEnrolled } from '../devices/devices';
import type { LiveHub } from './live';
import { pullEvents } from '../devices/read';

/** A comment line this often keeps proxies from closing an idle stream, and tells the PC the line is alive. */
export const HEARTBEAT_MS = 15_000;
const PAGE = 1000;
/** How long an ended stream's reader has to take what was sent before its socket is cut. */
export const END_GRACE_MS = 2_000;

/**
 * What one stream may cost the endpoint. A PC that does not read (hung,
 * or hostile) must not make the server buffer without end: a stream waits
 * for the socket to drain before the next page, is closed if it stays full
 * or buffers too much, and a stream far behind is closed after a catch-up
 * allowance, since pulling (which the PC does next) is the cheaper way.
 */
export interface StreamLimits {
  maxBufferedBytes: number;
  drainTimeoutMs: number;
  /** Events a stream sends to catch up before it hands over to pulling. */
  maxCatchUpEvents: number;
  perDevice: number;
}
export const STREAM_LIMITS: StreamLimits = { maxBufferedBytes: 1024 * 1024, drainTimeoutMs: 30_000, maxCatchUpEvents: 5_000, perDevice: 4 };

export interface StreamContext {
  db: Queryable;
  hub: LiveHub;
  now: () => number;
  /** Every open stream's `end`: closing the endpoint ends them, so PCs reconnect elsewhere. */
  open: Set<() => void>;
  /** Streams ended so far. */
  ended: number;
  /** Open sockets of streams, per device. */
  byDevice: Map<string, number>;
  limits: StreamLimits;
}

/** Resolves true once the socket has room again, false if it did not drain in time or closed. */
function drained(res: NodeJS.WritableStream & { writableLength: number }, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    const timer = setTimeout(() => done(false), timeoutMs);
    res.on('drain', onDrain);
    res.on('close', onClose);
  });
}

/**
 * One PC's live stream (server-sent events): the site's events after its
 * cursor, then each new page as the hub wakes it. Wakes that come while a
 * page is being read are folded into one more read, so nothing is missed
 * and no page is sent twice.
 */
export async function serveStream(
  ctx: StreamContext,
  device: { id: string; siteId: string },
  after: number,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const { id: deviceId, siteId } = device;
  const mine = ctx.byDevice.get(deviceId) ?? 0;
  if (mine >= ctx.limits.perDevice) {
    const body: ErrorBody = { error: 'too-many-streams', reason: `this device already has ${mine} live streams open; close one first` };
    return void reply.status(429).header('Retry-After', '30').send(body);
  }
  ctx.byDevice.set(deviceId, mine + 1);
  reply.hijack();
  const res = reply.raw;
  // Hijacked: headers set on the reply (the CORS hook's) are not sent, so the stream states its own.
  res.writeHead(200, {
    ...CORS_HEADERS,
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache',
    Connection: 'close',
    'X-Accel-Buffering': 'no',
  });
  let cursor = after;
  let sent = 0;
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
          page = await pullEvents(ctx.db, siteId, cursor, PAGE);
          if (page.events.length && !closed) {
            cursor = page.cursor;
            sent += page.events.length;
            const frame: LivePage = { events: page.events, cursor, serverTime: ctx.now() };
            // Still holding more than the cap from earlier pages (heartbeats, wakes): this reader is not keeping up.
            if (res.writableLength > ctx.limits.maxBufferedBytes) return drop();
            const room = res.write(`id: ${cursor}\nevent: events\ndata: ${JSON.stringify(frame)}\n\n`);
            if (!room && !(await drained(res, ctx.limits.drainTimeoutMs))) return drop();
            if (page.more && sent >= ctx.limits.maxCatchUpEvents) return end();
          }
        } while (page.more && !closed);
      } while (again && !closed);
    } finally {
      busy = false;
    }
  };
  const unsubscribe = ctx.hub.subscribe(siteId, () => void flush().catch(() => undefined));
  // However a stream ends, its socket goes with it (the response says Connection: close): a
  // socket kept for keep-alive would pin its unread buffer in memory. Ending lets a reader take
  // what was sent, for a moment; a reader that does not is cut then, its buffer thrown away. The
  // PC carries on from its own cursor, so nothing is lost by a cut.
  const drop = () => {
    closed = true;
    res.destroy();
  };
  const end = () => {
    closed = true;
    res.end();
    setTimeout(drop, END_GRACE_MS).unref();
  };
  // A revoked device's stream ends at once (the hub hears of it from any process), and every
  // heartbeat checks again, in case that notice was missed.
  const unwatch = ctx.hub.watchDevice(deviceId, end);
  const beat = () => {
    if (!closed) res.write(`: heartbeat ${ctx.now()}\n\n`);
  };
  const heartbeat = setInterval(() => {
    void stillEnrolled(ctx.db, deviceId).then((ok) => (ok ? beat() : end()), beat);
  }, HEARTBEAT_MS);
  ctx.open.add(end);
  // A device's share counts sockets, not streams: its place is given back when the socket closes.
  req.raw.socket.once('close', () => ctx.byDevice.set(deviceId, Math.max(0, (ctx.byDevice.get(deviceId) ?? 1) - 1)));
  // Whichever comes first (the PC goes, or this side ends the response), once.
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    closed = true;
    ctx.open.delete(end);
    ctx.ended++;
    unsubscribe();
    unwatch();
    clearInterval(heartbeat);
  };
  req.raw.on('close', release);
  res.on('close', release);
  res.write(`: connected ${ctx.now()}\n\n`);
  // The response is hijacked: a failed read (the database away) must not reach Fastify's error
  // handler. The stream stays open; the next wake or poll reads again.
  await flush().catch(() => undefined);
}
