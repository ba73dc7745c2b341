import { PGlite } from '@electric-sql/pglite';
import type { Database } from './adapter';

/**
 * The embedded default: PostgreSQL compiled to WebAssembly, in a data
 * folder (or memory when none is given). One connection, so transactions
 * run one at a time, which is all one reception site needs.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const db = await PGlite.create(dataDir ?? 'memory://');
  return {
    kind: 'pglite',
    query: async (sql, params) => ({ rows: (await db.query(sql, params as unknown[])).rows as never[] }),
    tx: (fn) => db.transaction((t) => fn({ query: async (sql, params) => ({ rows: (await t.query(sql, params as unknown[])).rows as never[] }) })),
    exec: async (sql) => {
      await db.exec(sql);
    },
    listen: (channel, onPayload) => db.listen(channel, onPayload),
    // In-process: notifications cannot be cut off from the database.
    onListenState: () => () => undefined,
    close: () => db.close(),
  };
}
