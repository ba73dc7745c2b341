import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db/adapter';
import { openPglite } from './db/pglite';
import { migrate } from './db/migrate';
import { buildApp } from './http/app';

/**
 * `/v1/ready` is what a load balancer and the container's health check ask. It must say ready as
 * soon as the database answers (pushes and pulls work then), not wait for live notifications to
 * reconnect, which may take a while; whether they flow is said beside it.
 */
describe('readiness', () => {
  let db: Database;
  let listenState: (s: 'up' | 'down') => void = () => undefined;
  let failQueries = false;
  beforeAll(async () => {
    const real = await openPglite();
    await migrate(real);
    db = {
      ...real,
      query: (sql, params) => (failQueries ? Promise.reject(Object.assign(new Error('down'), { code: 'ECONNREFUSED' })) : real.query(sql, params)),
      onListenState: (onState) => {
        listenState = onState;
        return () => undefined;
      },
    };
  }, 30_000);
  afterAll(() => db.close());

  it('is ready while the database answers, with live notifications down said beside it; not ready while the database does not answer', async () => {
    const app = await buildApp({ db });
    const ready = async () => {
      const res = await app.inject({ method: 'GET', url: '/v1/ready' });
      return [res.statusCode, res.json()];
    };
    expect(await ready()).toEqual([200, { ready: true, database: 'pglite', live: true }]);
    listenState('down');
    expect(await ready()).toEqual([200, { ready: true, database: 'pglite', live: false }]);
    failQueries = true;
    expect(await ready()).toEqual([503, { ready: false, database: 'pglite', live: false }]);
    failQueries = false;
    listenState('up');
    expect(await ready()).toEqual([200, { ready: true, database: 'pglite', live: true }]);
    await app.close();
  });
});
