/**
 * What the endpoint needs of a database, implemented twice: PostgreSQL
 * through `pg` (DATABASE_URL), and PGlite (PostgreSQL in WebAssembly) in a
 * local folder for one machine. The SQL is the same for both.
 */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs fn in one transaction: all of it commits, or none of it. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** Several statements at once (migrations). */
  exec(sql: string): Promise<void>;
  /** Calls back on each NOTIFY on the channel, from any server process on the same database. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Told when notifications stop (the listening connection was lost) and when they are back
   * (reconnected and listening again). Notifications sent in between are lost: on `up`, readers
   * must catch up from their own cursors.
   */
  onListenState(onState: (state: 'up' | 'down') => void): () => void;
  /** The connection pool now (PostgreSQL only; the embedded database has one connection, in process). */
  poolStats?(): { total: number; idle: number; waiting: number };
  /**
   * Brings the query planner's statistics up to date. PGlite runs no autovacuum, so without this
   * its planner goes on judging the tables by their size when it first saw them, and picks scans
   * that grow with the years held. PostgreSQL does it by itself (absent there).
   */
  refreshStatistics?(): Promise<void>;
  /** Called once migrations have run (the embedded store makes the files they created private). */
  afterMigrations?(): Promise<void>;
  /** A consistent copy of the whole database as a gzipped tar, taken while it serves (the embedded store only). */
  snapshot?(): Promise<Uint8Array>;
  close(): Promise<void>;
}
