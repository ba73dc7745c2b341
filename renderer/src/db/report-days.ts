import { dayBefore, daysBetween } from '../../../shared/calendar/periods';
import { figureTicketOf } from '../../../shared/figures/figure-ticket';
import type { FigureTicket } from '../../../shared/figures/figure-ticket';
import type { Ticket } from '../../../shared/tickets/state';
import type { ReceptionDb, ReportDayRow } from './database';

/**
 * The report cache: each past day's tickets, slimmed to what the figures
 * read (FigureTicket), in one row per day. A quarter's report then reads
 * about 90 small rows instead of 30,000 whole tickets.
 *
 * It is derived, never a second truth:
 * - every transaction that writes tickets forgets the cached rows of the days
 *   it touched (`forgetReportDays`, from commands.ts and refold.ts), so a
 *   late event from another PC is in the next report;
 * - a day is built in a read-write transaction over tickets and the cache,
 *   so no write can slip between reading a day and caching it;
 * - today and later days are never cached: they change all day and are read
 *   from the tickets themselves.
 * Retention does not forget rows: names are not in them.
 */
// A week of a busy site is about 3,000 tickets: a build transaction holds up a desk's command for a moment at most.
const DAYS_PER_BUILD = 7;

export async function forgetReportDays(db: ReceptionDb, tickets: readonly Ticket[]): Promise<void> {
  const days = [...new Set(tickets.map((t) => t.day))];
  if (days.length) await db.reportDays.bulkDelete(days);
}

/** The past days of [from, to] (before `today`) that have no cached row. Read-only. */
export async function uncachedDays(db: ReceptionDb, from: string, to: string, today: string): Promise<string[]> {
  const lastPast = to < today ? to : dayBefore(today);
  if (from > lastPast) return [];
  const held = new Set(await db.reportDays.where('day').between(from, lastPast, true, true).primaryKeys());
  return daysBetween(from, lastPast).filter((d) => !held.has(d));
}

/** Caches the given past days, a few at a time so a year's first build never holds up the desks for long. */
export async function buildReportDays(db: ReceptionDb, days: readonly string[]): Promise<void> {
  for (let i = 0; i < days.length; i += DAYS_PER_BUILD) {
    const chunk = days.slice(i, i + DAYS_PER_BUILD);
    await db.transaction('rw', [db.tickets, db.reportDays], async () => {
      const byDay = new Map<string, FigureTicket[]>(chunk.map((day) => [day, []]));
      for (const t of await db.tickets.where('day').anyOf(chunk).toArray()) byDay.get(t.day)!.push(figureTicketOf(t));
      await db.reportDays.bulkPut([...byDay].map(([day, tickets]): ReportDayRow => ({ day, tickets: JSON.stringify(tickets) })));
    });
  }
}

/**
 * A cached row read back. Storage is a boundary, but a full schema check of
 * a year of rows would cost what the cache saves: the row must be a JSON
 * array written by this code, and anything else counts as not cached (that
 * day is read from its tickets).
 */
function parseDay(row: ReportDayRow): FigureTicket[] | null {
  if (typeof row.tickets !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(row.tickets);
    return Array.isArray(parsed) ? (parsed as FigureTicket[]) : null;
  } catch {
    return null;
  }
}

/**
 * Every ticket of [from, to] as the figures read it: cached rows for past
 * days, the tickets themselves for the rest (today, later days, and any past
 * day not cached yet). Read-only, so it can run in a live query.
 */
export async function reportTickets(db: ReceptionDb, from: string, to: string, today: string): Promise<FigureTicket[]> {
  const lastPast = to < today ? to : dayBefore(today);
  const out: FigureTicket[] = [];
  const cachedDays = new Set<string>();
  if (from <= lastPast) {
    for (const row of await db.reportDays.where('day').between(from, lastPast, true, true).toArray()) {
      const parsed = parseDay(row);
      if (!parsed) continue; // unreadable: read that day's tickets instead
      cachedDays.add(row.day);
      for (const t of parsed) out.push(t);
    }
  }
  const rest = daysBetween(from, lastPast).filter((d) => !cachedDays.has(d));
  if (rest.length) out.push(...(await db.tickets.where('day').anyOf(rest).toArray()));
  const firstOpen = from > lastPast ? from : today;
  if (firstOpen <= to) out.push(...(await db.tickets.where('day').between(firstOpen, to, true, true).toArray()));
  return out;
}

/**
 * Builds every past day's row not cached yet (back to the oldest ticket),
 * a chunk at a time with `pause` between chunks, so reports open warm and a
 * busy desk hardly notices. Returns how many days it cached.
 */
export async function warmReportDays(db: ReceptionDb, today: string, pause: () => Promise<void>): Promise<number> {
  const oldest = await db.tickets.orderBy('day').first();
  if (!oldest || oldest.day >= today) return 0;
  const days = await uncachedDays(db, oldest.day, dayBefore(today), today);
  for (let i = 0; i < days.length; i += DAYS_PER_BUILD) {
    await buildReportDays(db, days.slice(i, i + DAYS_PER_BUILD));
    await pause();
  }
  return days.length;
}
