import { parseEvent } from '../../../shared/events/parse';
import type { DomainEvent } from '../../../shared/events/schema';
import { scopeOf } from '../../../shared/events/scope';
import type { ReceptionDb } from './database';
import { refoldScopes } from './refold';

/**
 * Events from other PCs (through the endpoint) join the log by id: one
 * already held is skipped, so a replayed page changes nothing. The tickets
 * and desks they touch are re-folded from their whole history, in one
 * transaction with the events (and, for sync, the cursor via `alsoInTx`).
 */
export interface MergeResult {
  added: number;
  skipped: number;
  refused: { index: number; reason: string }[];
}

export async function mergeRemoteEvents(db: ReceptionDb, raw: readonly unknown[], alsoInTx?: () => Promise<void>): Promise<MergeResult> {
  const valid: DomainEvent[] = [];
  const refused: MergeResult['refused'] = [];
  raw.forEach((r, index) => {
    const parsed = parseEvent(r);
    if (parsed.ok) valid.push(parsed.value);
    else refused.push({ index, reason: parsed.error.message });
  });
  return db.transaction('rw', [db.events, db.tickets, db.desks, db.meta], async () => {
    const held = await db.events.bulkGet(valid.map((e) => e.id));
    const fresh = valid.filter((e, i) => !held[i]);
    const unique = [...new Map(fresh.map((e) => [e.id, e])).values()];
    // Pushed = 1: the endpoint already holds what it sent us.
    await db.events.bulkAdd(unique.map((e) => ({ ...e, scope: scopeOf(e), pushed: 1 as const })));
    await refoldScopes(db, new Set(unique.map(scopeOf)));
    if (alsoInTx) await alsoInTx();
    return { added: unique.length, skipped: valid.length - unique.length, refused };
  });
}
