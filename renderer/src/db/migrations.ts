import type { Transaction } from 'dexie';

/**
 * The local database's versions, oldest first. Dexie runs each upgrade in
 * order for a PC coming from an older version. To add one: append an entry
 * with the full new `stores` spec and, if rows must change, an `upgrade`;
 * then add its test to migrations.test.ts (open the previous version with
 * data, reopen with the new one, check the rows).
 *
 * Indexes:
 * - events: by id; by [deviceId+deviceSeq] (what to push, in order); by
 *   `pushed` (0/1: IndexedDB cannot index booleans); by `scope` (everything
 *   about one ticket, desk or day, to re-fold); by hlc (the log in order).
 * - tickets: the projection, by status (the queue) and day (today's work).
 * - desks: the desk sessions. meta: small keyed rows (see meta.ts).
 * - reportDays (v2): a cache of each past day's tickets as the figures read
 *   them (report-days.ts), by day; derived from `tickets`, so it may be
 *   dropped at any time and is rebuilt on demand.
 * - v3 (no new index): empties reportDays, whose rows now keep each ticket's
 *   needs for the figures by need; the days are rebuilt as before.
 * - v4 (no new index): empties reportDays again, whose rows now keep a
 *   priority customer's ordinary standard for the headline figure.
 */
export const DB_NAME = 'oss-reception';

export interface Migration {
  version: number;
  stores: Record<string, string>;
  /** Runs in the upgrade's one transaction: if it throws, the database stays at the version before. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

const STORES_V2 = {
  events: 'id, [deviceId+deviceSeq], pushed, scope, hlc',
  tickets: 'id, status, day, number',
  desks: 'desk',
  meta: 'key',
  reportDays: 'day',
};

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    stores: {
      events: 'id, [deviceId+deviceSeq], pushed, scope, hlc',
      tickets: 'id, status, day, number',
      desks: 'desk',
      meta: 'key',
    },
  },
  {
    // Reports over a quarter or a year read one small row per day instead of every ticket.
    version: 2,
    stores: STORES_V2,
  },
  {
    // The cached days were slimmed without the needs that the figures by need read: build them again.
    version: 3,
    stores: STORES_V2,
    upgrade: async (tx) => {
      await tx.table('reportDays').clear();
    },
  },
  {
    // The cached days were slimmed without a priority customer's ordinary standard, which the headline judges them by: build them again.
    version: 4,
    stores: STORES_V2,
    upgrade: async (tx) => {
      await tx.table('reportDays').clear();
    },
  },
];
