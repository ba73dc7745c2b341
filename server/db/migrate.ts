import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './adapter';

/**
 * Numbered SQL files in server/migrations (001_name.sql, 002_…), applied in
 * order, each in its own transaction, recorded with a checksum. At start the
 * applied list must match the files: an edited or missing migration stops
 * the server rather than run against a schema it does not know.
 */
export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const sql = readFileSync(path.join(dir, f), 'utf8');
      return { version: Number(f.slice(0, 3)), name: f, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export class MigrationMismatchError extends Error {
  override name = 'MigrationMismatchError';
}

export async function migrate(db: Database, files = readMigrations()): Promise<{ applied: string[] }> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
  const done = (await db.query<{ version: number; name: string; checksum: string }>('SELECT version, name, checksum FROM schema_migrations ORDER BY version'))
    .rows;
  for (const row of done) {
    const file = files.find((f) => f.version === row.version);
    if (!file) throw new MigrationMismatchError(`migration ${row.name} is applied to the database but its file is missing`);
    if (file.checksum !== row.checksum) throw new MigrationMismatchError(`migration ${row.name} was changed after it was applied; add a new migration instead`);
  }
  const applied: string[] = [];
  for (const file of files.filter((f) => !done.some((d) => d.version === f.version))) {
    await db.tx(async (q) => {
      for (const statement of splitStatements(file.sql)) await q.query(statement);
      await q.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [file.version, file.name, file.checksum]);
    });
    applied.push(file.name);
  }
  await db.afterMigrations?.();
  return { applied };
}

/** Our migrations are plain DDL: split on semicolons at line ends, dropping comments. */
function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .filter((l) => !l.trim().startsWith('--'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
