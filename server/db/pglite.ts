import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from './adapter';
import { makeFolderPrivate } from './private-folder';

/**
 * The embedded default: PostgreSQL compiled to WebAssembly, in a data
 * folder (or memory when none is given). One connection, so transactions
 * run one at a time, which is all one reception site needs.
 */
export async function openPglite(dataDir?: string, opts: { durable?: boolean; restoreFrom?: Uint8Array } = {}): Promise<Database> {
  if (dataDir) makeFolderPrivate(dataDir);
  // `durable: false` only for the benchmark that measures what durability costs.
  const db = !dataDir ? await PGlite.create('memory://') : opts.durable === false ? await PGlite.create(dataDir) : await openDurable(dataDir, opts.restoreFrom);
  const keepPrivate = () => dataDir && makeFolderPrivate(dataDir);
  keepPrivate();
  return {
    kind: 'pglite',
    query: async (sql, params) => ({ rows: (await db.query(sql, params as unknown[])).rows as never[] }),
    tx: (fn) => db.transaction((t) => fn({ query: async (sql, params) => ({ rows: (await t.query(sql, params as unknown[])).rows as never[] }) })),
    exec: async (sql) => {
      await db.exec(sql);
    },
    afterMigrations: async () => {
      await db.exec('ANALYZE');
      keepPrivate();
    },
    refreshStatistics: async () => void (await db.exec('ANALYZE')),
    listen: (channel, onPayload) => db.listen(channel, onPayload),
    // In-process: notifications cannot be cut off from the database.
    onListenState: () => () => undefined,
    snapshot: async () => new Uint8Array(await (await db.dumpDataDir('gzip')).arrayBuffer()),
    close: async () => {
      await db.close();
      keepPrivate();
    },
  };
}

/**
 * An acknowledgement must survive a power cut. Out of the box PGlite runs
 * PostgreSQL with fsync off (`-F`), and its Node file system has no fsync at
 * all, so nothing ever reaches the disk on purpose. Here PostgreSQL runs
 * with fsync on, syncing the WAL with fsync() (its default, fdatasync, is a
 * no-op in WebAssembly), and the file system's fsync is the real one: every
 * commit is on disk before it returns, and checkpoints sync the data files.
 * The cost is one fsync per commit (`npm run bench -- server` prints it).
 */
async function openDurable(dataDir: string, restoreFrom?: Uint8Array): Promise<PGlite> {
  const startParams = [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'wal_sync_method=fsync'];
  const db = await PGlite.create(dataDir, { startParams, ...(restoreFrom ? { loadDataDir: new Blob([new Uint8Array(restoreFrom)]) } : {}) });
  const mod = db.Module as unknown as { FS: { lookupPath(path: string): { node: { stream_ops: Record<string, unknown> } } }; ENV: Record<string, string> };
  try {
    const streamOps = mod.FS.lookupPath(`${mod.ENV['PGDATA']}/PG_VERSION`).node.stream_ops;
    streamOps['fsync'] = (stream: { nfd?: number }) => {
      if (stream.nfd !== undefined) fs.fsyncSync(stream.nfd);
      return 0;
    };
  } catch (err) {
    await db.close();
    throw new Error(`The embedded database cannot be made durable with this PGlite version (${String(err)}); refusing to start.`);
  }
  return db;
}
