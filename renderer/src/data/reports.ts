import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { FigureTicket } from '../../../shared/figures/figure-ticket';
import { appDb } from '../db/database';
import { buildReportDays, reportTickets, uncachedDays } from '../db/report-days';
import { useToday } from './hooks';

/**
 * The tickets of a report period, as the figures read them, through the
 * per-day report cache (db/report-days.ts): past days not cached yet are
 * built first, then the period is read. Timed for the benchmarks as
 * `report-read`.
 */
export async function ticketsForReport(from: string, to: string, today: string): Promise<FigureTicket[]> {
  await cachePastDays(from, to, today);
  return readMeasured(from, to, today);
}

/** Builds the cached rows of the period's past days that have none yet. */
async function cachePastDays(from: string, to: string, today: string): Promise<void> {
  const db = appDb();
  await buildReportDays(db, await uncachedDays(db, from, to, today));
}

async function readMeasured(from: string, to: string, today: string): Promise<FigureTicket[]> {
  const start = performance.now();
  const rows = await reportTickets(appDb(), from, to, today);
  performance.measure('report-read', { start, end: performance.now(), detail: { tickets: rows.length } });
  return rows;
}

/**
 * The same, live: re-read when a ticket or a cached day changes. `from`
 * null: no period. Undefined while the period loads: useLiveQuery keeps its
 * last result until the new query answers, and a quarter's label must never
 * be shown over the previous period's tickets.
 */
export function useReportTickets(from: string | null, to: string): FigureTicket[] | undefined {
  const today = useToday();
  const key = from === null ? null : `${from}|${to}|${today}`;
  const [built, setBuilt] = useState<string | null>(null);
  useEffect(() => {
    if (from === null) return;
    let live = true;
    void cachePastDays(from, to, today).then(() => live && setBuilt(`${from}|${to}|${today}`));
    return () => {
      live = false;
    };
  }, [from, to, today]);
  const result = useLiveQuery(async () => (key !== null && built === key ? { key, tickets: await readMeasured(from!, to, today) } : undefined), [key, built]);
  if (from === null) return [];
  return result?.key === key ? result.tickets : undefined;
}
