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
export function usePlannerHistory(from: string, to: string, today: string): PlannerHistory | undefined {
  const key = `${from}|${to}|${today}`;
  const [read, setRead] = useState<(PlannerHistory & { key: string }) | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void (async () => {
      const tickets = await ticketsForReport(from, to, today);
      const rows = await appDb().events.where('scope').startsWith('desk:').toArray();
      const deskEvents = rows.filter((e) => e.type.startsWith('desk.')) as DeskEvent[];
      if (live) setRead({ key: `${from}|${to}|${today}`, from, to, tickets, deskEvents });
    })();
    return () => {
      live = false;
    };
  }, [from, to, today]);
  // Another period's history is never shown under this one's heading while it loads.
  return read?.key === key ? read : undefined;
}
