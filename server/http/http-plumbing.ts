import type { Duplex } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ErrorBody } from '../../shared/sync/wire';
import { isDatabaseUnavailable } from '../db/unavailable';

/** How long a PC should wait before retrying when the database is away (seconds). */
export const RETRY_AFTER_S = 2;

/**
 * What every route shares and none should repeat: CORS, the error answer
 * and the 400 for a request that fails its schema. Every failure answers
 * with an ErrorBody (shared/sync/wire.ts).
 */

/**
 * The PCs call from their own origin (app://reception, or a browser's). Auth is a bearer token,
 * never a cookie, so allowing any origin opens nothing a token does not already open.
 */
export const CORS_HEADERS = { 'Access-Control-Allow-Origin': '*' } as const;

export function allowCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (req, reply) => {
    // The PCs' API only: the officer's pages are for their own origin, with a cookie.
    if (!req.url.startsWith('/v1/')) return;
    void reply.headers(CORS_HEADERS);
    if (req.method === 'OPTIONS') {
      await reply
        .status(204)
        .header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
        .header('Access-Control-Allow-Headers', 'authorization, content-type')
        .header('Access-Control-Max-Age', '600')
        .send();
    }
  });
}

/** Client errors say what was wrong; anything else is logged and answered without detail: nothing was stored. */
export function answerErrors(app: FastifyInstance): void {
  app.setErrorHandler((err: { statusCode?: number; code?: string; message: string }, req, reply) => {
    if (isDatabaseUnavailable(err)) {
      // Logged without the error object: PostgreSQL's fields (where, detail) can quote the request.
      req.log.warn({ code: err.code }, 'database unavailable');
      const body: ErrorBody = { error: 'unavailable', reason: 'the database is not reachable just now; nothing was stored, try again shortly' };
      return void reply.status(503).header('Retry-After', String(RETRY_AFTER_S)).send(body);
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error({ code: err.code, message: err.message.slice(0, 200) }, 'request failed');
    const body: ErrorBody =
      status === 500 ? { error: 'internal', reason: 'the endpoint failed; nothing was stored' } : { error: err.code ?? 'bad-request', reason: err.message };
    void reply.status(status).send(body);
  });
  app.setNotFoundHandler(
    (_req, reply) => void reply.status(404).send({ error: 'not-found', reason: 'no such endpoint (see /v1/openapi.json)' } satisfies ErrorBody),
  );
}

/** Fastify's refusals before routing (a path parameter too long: 414; a malformed URL: 400), as an ErrorBody. */
export function answerFrameworkError(err: { statusCode?: number; code?: string; message: string }, _req: FastifyRequest, reply: FastifyReply): void {
  const status = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  const body: ErrorBody =
    status === 414
      ? { error: 'uri-too-long', reason: 'a part of the address is longer than any the endpoint takes' }
      : { error: 'bad-url', reason: 'the address could not be read' };
  void reply.status(status).send(body);
}

/**
 * What Node's HTTP parser refuses (headers too large: 431; a request too slow to arrive: 408;
 * anything else malformed: 400), answered as an ErrorBody on the raw socket, which is then
 * closed, whatever the client goes on sending: no route ever saw it.
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || err.code === 'ECONNRESET') return void socket.destroy();
  const [status, text, body]: [number, string, ErrorBody] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'Request Header Fields Too Large',
          { error: 'headers-too-large', reason: 'the request’s headers (its address included) are larger than the endpoint takes' },
        ]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', { error: 'too-slow', reason: 'the request did not arrive in time' }]
        : [400, 'Bad Request', { error: 'malformed-request', reason: 'the request could not be read as HTTP' }];
  const json = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    () => socket.destroy(),
  );
  // A client that never reads must not keep the socket either.
  setTimeout(() => socket.destroy(), 1_000).unref();
}

export function badRequest(reply: FastifyReply, e: z.ZodError): FastifyReply {
  const reason = e.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
  return reply.status(400).send({ error: 'invalid-request', reason } satisfies ErrorBody);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Why a body cannot be read as the UTF-8 JSON it must be, or null: a charset other than UTF-8
 * (read as UTF-8 it would be stored changed) or a compressed body (read as text it is noise).
 */
export function unreadableBody(headers: { 'content-type'?: string; 'content-encoding'?: string }): string | null {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') return `the body must be UTF-8 JSON; it says it is ${charset.slice(0, 40)}`;
  const encoding = headers['content-encoding']?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') return `the body must not be compressed (Content-Encoding: ${encoding.slice(0, 40)})`;
  return null;
}

/**
 * JSON bodies must be valid UTF-8: Node's default decoding would turn bad
 * bytes into U+FFFD and store a changed name without a word. Refused with
 * 400 instead, like any other malformed body.
 */
export function strictJsonBodies(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body: Buffer, done) => {
    const unreadable = unreadableBody(req.headers);
    if (unreadable) return done(Object.assign(new Error(unreadable), { statusCode: 415, code: 'unsupported-encoding' }), undefined);
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      return done(Object.assign(new Error('the body is not valid UTF-8'), { statusCode: 400, code: 'invalid-encoding' }), undefined);
    }
    try {
      done(null, JSON.parse(text));
    } catch {
      done(Object.assign(new Error('the body is not valid JSON'), { statusCode: 400, code: 'invalid-json' }), undefined);
    }
  });
}
