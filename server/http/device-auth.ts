import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ErrorBody } from '../../shared/sync/wire';
import type { Queryable } from '../db/adapter';
import { authenticate } from '../devices/devices';
import type { Device } from '../devices/devices';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `requireDevice` on every route of its scope; null elsewhere. */
    device: Device | null;
  }
}

/**
 * Every route registered in `scope` needs a device token: one hook answers
 * 401 (no, bad or revoked token) before the handler runs, so no handler can
 * forget to check. It runs on the request line and headers, before the body
 * is read or parsed: a stranger's large body costs the endpoint nothing.
 */
export function requireDevice(scope: FastifyInstance, db: Queryable): void {
  scope.decorateRequest('device', null);
  scope.addHook('onRequest', async (req, reply) => {
    const auth = await authenticate(db, req.headers.authorization);
    if (!auth.ok) return reply.status(401).send({ error: 'unauthorised', reason: auth.error.message } satisfies ErrorBody);
    req.device = auth.value;
  });
}

/** The device of a request in a `requireDevice` scope. */
export function deviceOf(req: FastifyRequest): Device {
  if (!req.device) throw new Error('route registered outside requireDevice');
  return req.device;
}
