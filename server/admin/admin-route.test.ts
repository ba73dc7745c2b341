import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { openPglite } from '../db/pglite';
import type { Database } from '../db/adapter';
import { ADMIN_SECRET_HEADER, startAdminRoute } from './admin-route';

describe('the admin route of a running endpoint', () => {
  let db: Database;
  let route: Awaited<ReturnType<typeof startAdminRoute>>;
  const secret = 's3cret-s3cret-s3cret-s3cret-s3cret';
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    route = await startAdminRoute(db, () => secret);
  });
  afterAll(async () => {
    await route.app.close();
    await db.close();
  });
  const post = (body: unknown, key?: string) =>
    route.app.inject({ method: 'POST', url: '/admin/run', headers: key ? { [ADMIN_SECRET_HEADER]: key } : {}, payload: body as object });

  it('runs a command with the secret, and says what it did', async () => {
    const res = await post({ command: 'create-site', args: ['library', 'Central', 'Library'] }, secret);
    expect([res.statusCode, res.json()]).toEqual([200, { output: 'Site library created.\n' }]);
  });

  it('refuses without the secret, with a wrong one, or an unknown command, and does nothing', async () => {
    expect((await post({ command: 'create-site', args: ['x1', 'X'] })).statusCode).toBe(401);
    expect((await post({ command: 'create-site', args: ['x1', 'X'] }, `${secret}x`)).statusCode).toBe(401);
    expect((await post({ command: 'drop-everything', args: [] }, secret)).statusCode).toBe(400);
    expect((await db.query('SELECT id FROM sites WHERE id = $1', ['x1'])).rows).toEqual([]);
  });

  it('passes an operator’s mistake back as a sentence', async () => {
    const res = await post({ command: 'enrol', args: ['nowhere', 'PC'] }, secret);
    expect([res.statusCode, res.json()['reason']]).toEqual([400, 'There is no site nowhere. Create it first.']);
  });

  it('listens on loopback only', () => {
    expect((route.app.server.address() as { address: string }).address).toBe('127.0.0.1');
  });
});
