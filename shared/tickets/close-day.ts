import type { Draft } from './decide';
import type { Ticket } from './state';

/**
 * Closing the day: every customer still waiting (or called but not yet at
 * a desk) is marked unseen, with the wait they had reached; then the day is
 * marked closed. Customers being served are left to finish.
 */
export function closeDayDrafts(tickets: Iterable<Ticket>, day: string, closedOn?: string): Draft[] {
  const drafts: Draft[] = [];
  for (const t of tickets) {
    if (t.day === day && isStillWaiting(t)) {
      drafts.push({ type: 'ticket.unseenAtClose', ticketId: t.id, payload: { day } });
    }
  }
  drafts.push({ type: 'day.closed', payload: { day, stillWaiting: drafts.length, ...(closedOn ? { closedOn } : {}) } });
  return drafts;
}

const isStillWaiting = (t: Ticket) => t.status === 'waiting' || t.status === 'called';

/** Who closing the day would affect: the customers it marks unseen, grouped by the PC that issued them, and those being served. */
export interface CloseImpact {
  stillWaiting: number;
  serving: number;
  /** Issued here and elsewhere, largest group first; a PC with no name recorded is "another PC". */
  byPc: { pc: string; here: boolean; count: number }[];
}

export function closeImpact(tickets: Iterable<Ticket>, day: string, thisDeviceId: string): CloseImpact {
  const groups = new Map<string, { pc: string; here: boolean; count: number }>();
  let stillWaiting = 0;
  let serving = 0;
  for (const t of tickets) {
    if (t.day !== day) continue;
    if (t.status === 'serving') serving++;
    if (!isStillWaiting(t)) continue;
    stillWaiting++;
    const here = t.issuedBy === thisDeviceId;
    // PCs with no name recorded (issued before names were) are counted together.
    const pc = here ? 'this PC' : (t.issuedOn ?? 'another PC');
    const group = groups.get(pc) ?? { pc, here, count: 0 };
    group.count++;
    groups.set(pc, group);
  }
  const byPc = [...groups.values()].sort((a, b) => b.count - a.count || a.pc.localeCompare(b.pc));
  return { stillWaiting, serving, byPc };
}

/**
 * A customer closed unseen after a transfer was seen once: the first wait
 * (which counts against the standard) ended at the first desk. What stayed
 * open is the wait after the transfer, reported as an open transfer wait and
 * never as "unseen".
 */
export function isOpenTransferWait(t: { status: Ticket['status']; segments: readonly unknown[] }): boolean {
  return t.status === 'unseenAtClose' && t.segments.length > 1;
}
