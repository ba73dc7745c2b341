import { useEffect, useState } from 'react';
import type { DeskEvent } from '../../../shared/events/schema';
import type { FigureTicket } from '../../../shared/figures/figure-ticket';
import { appDb } from '../db/database';
import { ticketsForReport } from './reports';

export interface PlannerHistory {
  from: string;
  to: string;
  tickets: FigureTicket[];
  deskEvents: DeskEvent[];
}

/**
 * What the staffing planner reads: the tickets of [from, to] through the report cache, and the
 * desks' own events (sign-on, pause, resume, sign-off) of those days. Read once per period: past
 * days change only when a late event arrives, and the plan is for the week ahead.
 */
export function usePlannerHistory(from: string, to: string, today: string): { history?: PlannerHistory; error?: string } {
  const key = `${from}|${to}|${today}`;
  const [read, setRead] = useState<{ key: string; history?: PlannerHistory; error?: string } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const key = `${from}|${to}|${today}`;
    void (async () => {
      const tickets = await ticketsForReport(from, to, today);
      const rows = await appDb().events.where('scope').startsWith('desk:').toArray();
      const deskEvents = rows.filter((e) => e.type.startsWith('desk.')) as DeskEvent[];
      if (live) setRead({ key, history: { from, to, tickets, deskEvents } });
    })().catch((e: unknown) => {
      // A screen closed mid-read (its database closed with it) has nobody to tell; an open one says so.
      if (live) setRead({ key, error: e instanceof Error ? e.message : String(e) });
    });
    return () => {
      live = false;
    };
  }, [from, to, today]);
  // Another period's history is never shown under this one's heading while it loads.
  return read?.key === key ? read : {};
}
