import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './db/adapter';
import { migrate } from './db/migrate';
import { openPglite } from './db/pglite';
import { openPostgres } from './db/pg';

/** PostgreSQL when DATABASE_URL is set; otherwise PGlite in OSS_DATA_DIR (default ./data/endpoint). Migrated on open. */
export async function openDatabase(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  let db: Database;
  if (env['DATABASE_URL']) db = await openPostgres(env['DATABASE_URL']);
  else {
    const dir = path.resolve(env['OSS_DATA_DIR'] ?? 'data/endpoint');
    mkdirSync(dir, { recursive: true });
    db = await openPglite(dir);
  }
  await migrate(db);
  return db;
}
