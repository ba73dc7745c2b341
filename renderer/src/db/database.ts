import Dexie from 'dexie';
import type { Table } from 'dexie';
import type { DomainEvent } from '../../../shared/events/schema';
import type { DeskState } from '../../../shared/desks/desk';
import type { Ticket } from '../../../shared/tickets/state';
import { DB_NAME, MIGRATIONS } from './migrations';

/** An event as the log keeps it: the event, what it is about, and whether the endpoint holds it. */
export type StoredEvent = DomainEvent & { scope: string; pushed: 0 | 1 };

/** A past day's tickets as the figures read them, as JSON (report-days.ts). */
export interface ReportDayRow {
  day: string;
  /** JSON of FigureTicket[]: one string reads back many times faster than as many objects. */
  tickets: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * This PC's database (IndexedDB, through Dexie): the single source of truth
 * for the renderer. Opened with strict durability: Chrome's default since
 * 121 is relaxed, which can lose a committed transaction in a power cut,
 * and a ticket shown on screen must be on disk.
 */
export class ReceptionDb extends Dexie {
  events!: Table<StoredEvent, string>;
  tickets!: Table<Ticket, string>;
  desks!: Table<DeskState, string>;
  meta!: Table<MetaRow, string>;
  reportDays!: Table<ReportDayRow, string>;

  constructor(name = DB_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    for (const m of MIGRATIONS) {
      const v = this.version(m.version).stores(m.stores);
      if (m.upgrade) v.upgrade(m.upgrade);
    }
  }
}

let shared: ReceptionDb | null = null;

/** The page's database, opened once. */
export function appDb(): ReceptionDb {
  shared ??= new ReceptionDb();
  return shared;
}

/** The event as it goes over the wire: without this PC's own bookkeeping. */
export function toWire(stored: StoredEvent): DomainEvent {
  const { scope: _scope, pushed: _pushed, ...event } = stored;
  return event as DomainEvent;
}
