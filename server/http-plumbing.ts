import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { ErrorBody } from '../shared/sync/wire';

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
  app.setErrorHandler((err: { statusCode?: number; code?: string; message: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) app.log.error(err);
    const body: ErrorBody =
      status === 500 ? { error: 'internal', reason: 'the endpoint failed; nothing was stored' } : { error: err.code ?? 'bad-request', reason: err.message };
    void reply.status(status).send(body);
  });
  app.setNotFoundHandler(
    (_req, reply) => void reply.status(404).send({ error: 'not-found', reason: 'no such endpoint (see /v1/openapi.json)' } satisfies ErrorBody),
  );
}

export function badRequest(reply: FastifyReply, e: z.ZodError): FastifyReply {
  const reason = e.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
  return reply.status(400).send({ error: 'invalid-request', reason } satisfies ErrorBody);
}
