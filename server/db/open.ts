import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './adapter';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './pg';
import { lockFolder } from '../admin/folder-lock';
import type { FolderLock } from '../admin/folder-lock';

export interface Opened {
  db: Database;
  /** The embedded database's folder and its lock; absent on PostgreSQL, which any number of processes share. */
  folder?: { dir: string; lock: FolderLock };
}

/** Where the embedded database lives: OSS_DATA_DIR, default ./data/endpoint. */
export const dataDirOf = (env: NodeJS.ProcessEnv = process.env) => path.resolve(env['OSS_DATA_DIR'] ?? 'data/endpoint');

/**
 * PostgreSQL when DATABASE_URL is set; otherwise PGlite in its folder, taken
 * exclusively (folder-lock.ts) before it is opened. Migrated on open.
 */
export async function openDatabase(env: NodeJS.ProcessEnv = process.env): Promise<Opened> {
  if (env['DATABASE_URL']) {
    const db = await openPostgres(env['DATABASE_URL']);
    await migrate(db);
    return { db };
  }
  const dir = dataDirOf(env);
  mkdirSync(dir, { recursive: true });
  const lock = lockFolder(dir);
  try {
    const db = await openPglite(dir);
    await migrate(db);
    return { db, folder: { dir, lock } };
  } catch (e) {
    lock.release();
    throw e;
  }
}
