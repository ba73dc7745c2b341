import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LivePage } from '../shared/sync/wire';
import type { Queryable } from './db/adapter';
import { CORS_HEADERS } from './http-plumbing';
import { stillEnrolled } from './devices';
import type { LiveHub } from './live';
import { pullEvents } from './read';

/** A comment line this often keeps proxies from closing an idle stream, and tells the PC the line is alive. */
export const HEARTBEAT_MS = 15_000;
const PAGE = 1000;

export interface StreamContext {
  db: Queryable;
  hub: LiveHub;
  now: () => number;
  /** Every open stream's `end`: closing the endpoint ends them, so PCs reconnect elsewhere. */
  open: Set<() => void>;
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
  reply.hijack();
  const res = reply.raw;
  // Hijacked: headers set on the reply (the CORS hook's) are not sent, so the stream states its own.
  res.writeHead(200, {
    ...CORS_HEADERS,
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  let cursor = after;
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
            const frame: LivePage = { events: page.events, cursor, serverTime: ctx.now() };
            res.write(`id: ${cursor}\nevent: events\ndata: ${JSON.stringify(frame)}\n\n`);
          }
        } while (page.more && !closed);
      } while (again && !closed);
    } finally {
      busy = false;
    }
  };
  const unsubscribe = ctx.hub.subscribe(siteId, () => void flush().catch(() => undefined));
  const end = () => res.end();
  // A revoked device's stream ends at once (the hub hears of it from any process), and every
  // heartbeat checks again, in case that notice was missed.
  const unwatch = ctx.hub.watchDevice(deviceId, end);
  const heartbeat = setInterval(() => {
    void stillEnrolled(ctx.db, deviceId).then(
      (ok) => (ok ? res.write(`: heartbeat ${ctx.now()}\n\n`) : end()),
      () => res.write(`: heartbeat ${ctx.now()}\n\n`),
    );
  }, HEARTBEAT_MS);
  ctx.open.add(end);
  req.raw.on('close', () => {
    closed = true;
    ctx.open.delete(end);
    unsubscribe();
    unwatch();
    clearInterval(heartbeat);
  });
  res.write(`: connected ${ctx.now()}\n\n`);
  await flush();
}
