import pg from 'pg';
import type { Database, Queryable } from './adapter';

// BIGINT columns (ingest sequence, timestamps in ms) come back as numbers: they stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 20 });
  // An idle connection dropped by the server (restart, failover) must not crash the process:
  // the pool replaces it, and the next query reconnects.
  pool.on('error', (err) => console.warn(`database connection lost: ${err.message}`));
  await pool.query('SELECT 1');
  const handlers = new Map<string, Set<(p: string) => void>>();
  const stateListeners = new Set<(state: 'up' | 'down') => void>();
  const quoted = (channel: string) => `"${channel.replace(/"/g, '')}"`;
  // One connection LISTENs for the whole process. When it is lost (a restart, a terminated
  // backend) it is reopened with backoff and every channel listened to again; in between,
  // subscribers are told so they can catch up by reading instead of waiting for a NOTIFY.
  let listener: pg.Client | null = null;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connectListener = async () => {
    const client = new pg.Client({ connectionString });
    client.on('error', (err) => lose(client, err.message));
    client.on('end', () => lose(client, 'connection ended'));
    await client.connect();
    client.on('notification', (n) => handlers.get(n.channel)?.forEach((h) => h(n.payload ?? '')));
    for (const channel of handlers.keys()) await client.query(`LISTEN ${quoted(channel)}`);
    listener = client;
  };
  const lose = (client: pg.Client, why: string) => {
    if (listener !== client || closed) return;
    listener = null;
    console.warn(`live notifications lost (${why}); reconnecting`);
    void client.end().catch(() => undefined);
    stateListeners.forEach((f) => f('down'));
    reconnect(0);
  };
  const reconnect = (attempt: number) => {
    // Capped low: until it is back, every stream polls, which costs more than a reconnect attempt.
    const delay = Math.min(5_000, 250 * 2 ** attempt) * (0.5 + Math.random() / 2);
    retry = setTimeout(() => {
      if (closed) return;
      connectListener().then(
        () => stateListeners.forEach((f) => f('up')),
        () => reconnect(attempt + 1),
      );
    }, delay);
  };

  return {
    kind: 'postgres',
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    query: async (sql, params) => ({ rows: (await pool.query(sql, params as unknown[])).rows }),
    async tx(fn) {
      const client = await pool.connect();
      // A client held for a transaction is not watched by the pool: if its connection drops
      // (a restart, a terminated backend) it emits 'error', which must not end the process.
      // The query in flight fails, and the release below discards the broken client.
      let broken: Error | undefined;
      const onError = (err: Error) => {
        broken = err;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const q: Queryable = { query: async (sql, params) => ({ rows: (await client.query(sql, params as unknown[])).rows }) };
        const result = await fn(q);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        if (!broken) await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    async listen(channel, onPayload) {
      if (!listener) await connectListener();
      if (!handlers.has(channel)) {
        handlers.set(channel, new Set());
        await listener?.query(`LISTEN ${quoted(channel)}`);
      }
      handlers.get(channel)!.add(onPayload);
      return async () => {
        handlers.get(channel)?.delete(onPayload);
      };
    },
    onListenState(onState) {
      stateListeners.add(onState);
      return () => stateListeners.delete(onState);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
}
