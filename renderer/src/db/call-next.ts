import { err, ok } from '../../../shared/core/result';
import type { DeskState } from '../../../shared/desks/desk';
import { londonDay } from '../../../shared/calendar/london';
import { nextTicketFor } from '../../../shared/queue/call-order';
import { passedNotice, waitKey } from '../../../shared/queue/claims';
import type { PassedOver } from '../../../shared/queue/claims';
import { spreadChoice } from '../../../shared/queue/spread';
import { customerInHand, decide } from '../../../shared/tickets/decide';
import type { Ticket } from '../../../shared/tickets/state';
import type { ReceptionDb } from './database';
import { commit, heldAt } from './commands';
import type { CommandResult, DeviceContext } from './commands';

/*
 * "Call next", the one command that may ask the endpoint first (a claim, shared/queue/claims.ts)
 * before its transaction, and otherwise decides alone, spread over the desks free at other PCs
 * (shared/queue/spread.ts). Written like every command in commands.ts: one transaction for the
 * call, its event and the projection.
 */

/**
 * How the endpoint answered a claim (sync/api.ts): granted, refused with the desk that holds the
 * customer, or no verdict (offline, slow, refused token): the PC then decides alone.
 */
export type ClaimCall = (
  ticket: Ticket,
  wait: string,
  desk: string,
) => Promise<{ kind: 'granted' } | { kind: 'refused'; desk: string } | { kind: 'unreachable' }>;

export interface CalledNext {
  ticket: Ticket;
  /** Customers the endpoint had just given to other desks, in the order this press met them. */
  passedOver: PassedOver[];
}

/** A press gives up claiming after this many refusals and decides alone: the counter must answer. */
const MOST_CLAIMS = 6;

/** The desks open today (not paused, not left open since an earlier day) holding nobody, as this PC knows them. */
async function freeDesks(db: ReceptionDb, now: number): Promise<DeskState[]> {
  const busy = new Set((await db.tickets.where('status').anyOf('called', 'serving').toArray()).map((t) => t.desk));
  const today = londonDay(now);
  return (await db.desks.toArray()).filter((d) => d.status === 'open' && londonDay(d.since) === today && !busy.has(d.desk));
}

/** Why the desk cannot call now, or the customer it should call, as the queue stands on this PC. */
async function chooseNext(db: ReceptionDb, desk: string, skip: ReadonlySet<string>): Promise<CommandResult<Ticket>> {
  return db.transaction('r', [db.desks, db.tickets], async () => {
    const deskState = await db.desks.get(desk);
    if (!deskState || deskState.status === 'closed') return err({ code: 'desk-not-signed-on', message: `Sign on at desk ${desk} first.` });
    if (deskState.status === 'paused') return err({ code: 'desk-paused', message: `Desk ${desk} is paused. Resume it to call customers.` });
    const holding = await heldAt(db, desk);
    if (holding[0]) return err(customerInHand(desk, holding[0]));
    const queue = await db.tickets.where('status').equals('waiting').toArray();
    const next = nextTicketFor(
      deskState,
      queue.filter((t) => !skip.has(t.id)),
    );
    return next ? ok(next) : err({ code: 'queue-empty', message: 'Nobody is waiting for the services this desk covers.' });
  });
}

/**
 * Calls whoever is next for this desk (shared/queue/call-order.ts: earliest deadline first). With a
 * `claim`, the endpoint first grants the customer to this desk (shared/queue/claims.ts); one it
 * already gave to another desk is passed over in the same press, so a press ends in a call while
 * anyone this desk can serve is waiting. Without an answer from the endpoint, the PC decides alone.
 */
export async function callNext(db: ReceptionDb, ctx: DeviceContext, desk: string, claim?: ClaimCall): Promise<CommandResult<CalledNext>> {
  const passedOver: PassedOver[] = [];
  const skip = new Set<string>();
  let claiming = claim !== undefined;
  for (;;) {
    const chosen = await chooseNext(db, desk, skip);
    if (!chosen.ok)
      return passedOver.length && chosen.error.code === 'queue-empty'
        ? err({ ...chosen.error, message: `${passedNotice(passedOver)} ${chosen.error.message}` })
        : chosen;
    const ticket = chosen.value;
    const wait = waitKey(ticket);
    if (claiming) {
      const verdict = await claim!(ticket, wait, desk);
      if (verdict.kind === 'refused') {
        passedOver.push({ number: ticket.number, desk: verdict.desk });
        skip.add(ticket.id);
        claiming = passedOver.length < MOST_CLAIMS;
        continue;
      }
      // No verdict: the endpoint is not answering now, so neither is it settling anyone else's press.
      if (verdict.kind === 'unreachable') claiming = false;
    }
    const granted = claiming;
    let called: string | undefined;
    const r = await commit(db, ctx, async (now) => {
      const deskState = await db.desks.get(desk);
      const holding = await heldAt(db, desk);
      const queue = (await db.tickets.where('status').equals('waiting').toArray()).filter((t) => !skip.has(t.id));
      // Deciding alone: as the queue stands now, spread over the free desks of other PCs, so two
      // desks pressing together offline rarely reach for the same customer (shared/queue/spread.ts).
      // Desks of this PC never race (one transaction at a time): among them the head goes first.
      const free = (await freeDesks(db, now)).filter((d) => d.deviceId !== ctx.deviceId || d.desk === desk);
      const next = granted ? queue.find((t) => t.id === ticket.id && waitKey(t) === wait) : deskState && spreadChoice(deskState, free, queue);
      // The claimed customer was called (by a PC offline till now) or sent elsewhere while the claim was asked: choose again.
      if (!next) return ok([]);
      called = next.id;
      // The customer chosen by the rules above is this desk's next, not an out-of-turn call: a granted
      // one even if someone with an earlier deadline arrived a moment ago, a spread one by design.
      return decide(next, { type: 'call', ticketId: next.id, desk }, { config: ctx.config, ...(deskState ? { deskState } : {}), queue: [next], holding });
    });
    if (!r.ok) return r;
    if (!called) {
      skip.add(ticket.id);
      continue;
    }
    return ok({ ticket: (await db.tickets.get(called))!, passedOver });
  }
}
