import { londonDay } from '../../shared/calendar/london';
import type { Database } from './adapter';

/**
 * Customer names (on `ticket.issued`) and feedback comments (on
 * `ticket.feedbackGiven`, where a site asks for them) are personal data, kept
 * at the endpoint no longer than on the PCs: once an event's day is more than
 * `retentionDays` before today, the field is removed from the stored event.
 * Nothing else changes: figures, folds and the end-of-day digest leave both
 * out, so a purged event is still the same event to every PC.
 *
 * What it says it did holds no names: how many were purged, by site and day.
 */
export interface PurgeReport {
  cutoffDay: string;
  purged: { siteId: string; day: string; names: number; comments: number }[];
}

// The same predicate as the partial index events_personal (migration 003), so the planner uses it.
const PERSONAL = `((type = 'ticket.issued' AND body->'payload' ? 'name') OR (type = 'ticket.feedbackGiven' AND body->'payload' ? 'comment'))`;

export async function purgeExpiredPersonalData(db: Database, now: number, retentionDays: number): Promise<PurgeReport> {
  const cutoffDay = londonDay(now - retentionDays * 86_400_000);
  const rows = await db.tx(async (q) => {
    const r = await q.query<{ site_id: string; day: string; type: string }>(
      `UPDATE events SET body = jsonb_set(body, '{payload}', (body->'payload') - 'name' - 'comment')
       WHERE day < $1 AND ${PERSONAL}
       RETURNING site_id, day, type`,
      [cutoffDay],
    );
    return r.rows;
  });
  const bySiteDay = new Map<string, PurgeReport['purged'][number]>();
  for (const r of rows) {
    const key = `${r.site_id}\t${r.day}`;
    const entry = bySiteDay.get(key) ?? { siteId: r.site_id, day: r.day, names: 0, comments: 0 };
    if (r.type === 'ticket.issued') entry.names++;
    else entry.comments++;
    bySiteDay.set(key, entry);
  }
  const purged = [...bySiteDay.values()].sort((a, b) => a.siteId.localeCompare(b.siteId) || a.day.localeCompare(b.day));
  return { cutoffDay, purged };
}

/** One line for the log: counts only. */
export function describePurge(r: PurgeReport): string {
  const names = r.purged.reduce((n, p) => n + p.names, 0);
  const comments = r.purged.reduce((n, p) => n + p.comments, 0);
  return `retention: purged ${names} customer name${names === 1 ? '' : 's'} and ${comments} feedback comment${comments === 1 ? '' : 's'} from days before ${r.cutoffDay}`;
}

/**
 * Call claims (server/devices/claims.ts) settle who calls a customer within seconds; a day on they
 * settle nothing, and the table would otherwise grow by one row a call for ever.
 */
export async function dropOldClaims(db: Database, now: number): Promise<number> {
  const r = await db.query('DELETE FROM call_claims WHERE claimed_at < $1 RETURNING 1', [now - 86_400_000]);
  return r.rows.length;
}

/**
 * Runs the purge now and then every `everyMs` (an hour by default) until stopped. A failure (the
 * database down) is logged and tried again at the next turn; it never stops the endpoint.
 */
export function startRetentionJob(
  db: Database,
  opts: { retentionDays: number; now?: () => number; everyMs?: number; log: (line: string) => void },
): { stop: () => void; ran: () => Promise<void> } {
  const now = opts.now ?? (() => Date.now());
  let last: Promise<void> = Promise.resolve();
  const run = () => {
    last = purgeExpiredPersonalData(db, now(), opts.retentionDays).then(
      (r) => opts.log(describePurge(r)),
      (e: unknown) => opts.log(`retention: not run this time (${e instanceof Error ? e.message : String(e)}); trying again at the next turn`),
    );
    last = last
      .then(() => dropOldClaims(db, now()))
      .then(
        () => undefined,
        (e: unknown) => opts.log(`claims: old ones not dropped (${e instanceof Error ? e.message : String(e)})`),
      );
    // The same hourly turn refreshes the embedded database's planner statistics (PostgreSQL does its own).
    last = last
      .then(() => db.refreshStatistics?.())
      .catch((e: unknown) => opts.log(`statistics: not refreshed (${e instanceof Error ? e.message : String(e)})`));
  };
  run();
  const timer = setInterval(run, opts.everyMs ?? 3_600_000);
  timer.unref();
  return { stop: () => clearInterval(timer), ran: () => last };
}
