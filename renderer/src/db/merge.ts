import { parseEvent } from '../../../shared/events/parse';
import type { DomainEvent } from '../../../shared/events/schema';
import { scopeOf } from '../../../shared/events/scope';
import type { ReceptionDb } from './database';
import { addAndRefold } from './refold';

/**
 * Events from other PCs (through the endpoint) join the log by id: one
 * already held is skipped, so a replayed page changes nothing. The tickets
 * and desks they touch are re-folded from their whole history, in one
 * transaction with the events (and, for sync, the cursor via `alsoInTx`).
 */
export interface MergeResult {
  added: number;
  skipped: number;
  refused: { index: number; message: string }[];
}

export async function mergeRemoteEvents(db: ReceptionDb, raw: readonly unknown[], alsoInTx?: () => Promise<void>): Promise<MergeResult> {
  const valid: DomainEvent[] = [];
  const refused: MergeResult['refused'] = [];
  raw.forEach((r, index) => {
    const parsed = parseEvent(r);
    if (parsed.ok) valid.push(parsed.value);
    else refused.push({ index, message: parsed.error.message });
  });
  return db.transaction('rw', [db.events, db.tickets, db.desks, db.meta, db.reportDays], async () => {
    // Keys only: reading whole rows back just to learn they exist was a third of the cost of a page.
    const held = new Set(
      await db.events
        .where('id')
        .anyOf(valid.map((e) => e.id))
        .primaryKeys(),
    );
    const fresh = valid.filter((e) => !held.has(e.id));
    const unique = [...new Map(fresh.map((e) => [e.id, e])).values()];
    // Pushed = 1: the endpoint already holds what it sent us.
    await addAndRefold(
      db,
      unique.map((e) => ({ ...e, scope: scopeOf(e), pushed: 1 as const })),
    );
    if (alsoInTx) await alsoInTx();
    return { added: unique.length, skipped: valid.length - unique.length, refused };
  });
}
