import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../../server/db/adapter';
import { migrate } from '../../server/db/migrate';
import { openPglite } from '../../server/db/pglite';
import { openPostgres } from '../../server/db/pg';

/**
 * The two databases the endpoint runs on. PostgreSQL: a fresh database per
 * run on the machine's server (127.0.0.1:5432, or TEST_PG_URL), dropped
 * after. PGlite: in memory. The same suite runs against both.
 */
const ADMIN_URL = process.env['TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDb {
  db: Database;
  url?: string;
  drop: () => Promise<void>;
}

async function freshPostgres(): Promise<TestDb> {
  const name = `oss_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect().catch((e: Error) => {
    throw new Error(
      `PostgreSQL is not reachable at ${ADMIN_URL} (${e.message}). .ci/run starts it; locally: pg_ctlcluster --skip-systemctl-redirect 15 main start`,
    );
  });
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const db = await openPostgres(url);
  await migrate(db);
  return {
    db,
    url,
    drop: async () => {
      await db.close();
      const a = new pg.Client({ connectionString: ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

async function memoryPglite(): Promise<TestDb> {
  const db = await openPglite();
  await migrate(db);
  return { db, drop: () => db.close() };
}

export const BACKENDS: { name: string; open: () => Promise<TestDb> }[] = [
  { name: 'PostgreSQL', open: freshPostgres },
  { name: 'PGlite', open: memoryPglite },
];

export { freshPostgres };
