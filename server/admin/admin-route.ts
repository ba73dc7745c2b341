import { timingSafeEqual } from 'node:crypto';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ErrorBody } from '../../shared/sync/wire';
import type { Database } from '../db/adapter';
import { ADMIN_COMMANDS, runAdmin } from './admin';

/**
 * How CLI commands reach a running endpoint on the embedded database:
 * `POST /admin/run` on a port of its own, bound to 127.0.0.1 only, with the
 * secret from the data folder's lock file (readable by the folder's owner
 * only). Never exposed with the PCs' API.
 */
export const ADMIN_SECRET_HEADER = 'x-oss-admin-secret';
export const AdminRun = z.object({ command: z.enum(ADMIN_COMMANDS), args: z.array(z.string().max(500)).max(50) }).strict();
export const AdminAnswer = z.object({ output: z.string() });

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export async function startAdminRoute(db: Database, secret: () => string | null): Promise<{ app: FastifyInstance; port: number }> {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
  app.post('/admin/run', async (req, reply) => {
    const given = req.headers[ADMIN_SECRET_HEADER];
    const expected = secret();
    if (typeof given !== 'string' || !expected || !sameSecret(given, expected))
      return reply.status(401).send({ error: 'unauthorised', reason: 'wrong or missing admin secret' } satisfies ErrorBody);
    const run = AdminRun.safeParse(req.body);
    if (!run.success)
      return reply.status(400).send({ error: 'invalid-request', reason: run.error.issues.map((i) => i.message).join('; ') } satisfies ErrorBody);
    let output = '';
    try {
      await runAdmin(db, run.data.command, run.data.args, (text) => (output += text));
    } catch (e) {
      return reply.status(400).send({ error: 'refused', reason: e instanceof Error ? e.message : String(e) } satisfies ErrorBody);
    }
    return { output };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return { app, port: typeof address === 'object' && address ? address.port : 0 };
}
