import { err, ok } from '../../../shared/core/result';
import type { Result } from '../../../shared/core/result';
import { uuidv7 } from '../../../shared/core/uuidv7';
import { londonDay } from '../../../shared/calendar/london';
import type { SiteConfig } from '../../../shared/config/site-config';
import { serviceById } from '../../../shared/config/site-config';
import { applyDeskEvent } from '../../../shared/desks/desk';
import { decideDesk } from '../../../shared/desks/decide-desk';
import type { DeskCommand } from '../../../shared/desks/decide-desk';
import type { DeskEvent, DomainEvent, Needs, TicketEvent } from '../../../shared/events/schema';
import { isTicketEvent } from '../../../shared/events/schema';
import { parseEvent } from '../../../shared/events/parse';
import { scopeOf } from '../../../shared/events/scope';
import { stampDrafts } from '../../../shared/events/stamp';
import type { DevicePosition } from '../../../shared/events/stamp';
import { formatHlc, receiveHlc } from '../../../shared/clock/hlc';
import { SiteSettingsSchema } from '../../../shared/config/site-settings';
import { badTextPath } from '../../../shared/events/text';
import { nextVersion } from '../../../shared/config/site-history';
import { describeIssues } from '../../../shared/settings/stored';
import { closeDayDrafts } from '../../../shared/tickets/close-day';
import { timingFlagDrafts } from '../../../shared/tickets/timing-flags';
import type { ClockFoundBy } from '../../../shared/tickets/timing-flags';
import { decide } from '../../../shared/tickets/decide';
import type { Command, DomainError, Draft, FeedbackAnswer } from '../../../shared/tickets/decide';
import { applyEvent } from '../../../shared/tickets/apply';
import { ticketNumber } from '../../../shared/tickets/numbers';
import type { NumberSlot } from '../../../shared/tickets/numbers';
import type { Ticket } from '../../../shared/tickets/state';
import type { ReceptionDb } from './database';
import { readPosition, takeOrdinal, writePosition } from './meta';
import { readDayStatus } from './day-status';
import { readSiteVersions } from './site-config';
import { refoldScopes } from './refold';
import { forgetReportDays } from './report-days';
import { STORAGE_FULL_MESSAGE, isStorageFull, reportStorage } from './storage-full';

/**
 * Every change the staff make goes through here, as ONE read-write
 * transaction over the log, the projections and the device position:
 * decide against current state, stamp, append the events, update the
 * projection, advance the position. If anything fails, nothing is written;
 * the UI shows a result only after the transaction has committed.
 */
export interface DeviceContext {
  siteId: string;
  deviceId: string;
  /** This PC's name from Settings ("Front desk"): other PCs say where a ticket was issued or the day closed. */
  deviceName?: string;
  slot: NumberSlot;
  config: SiteConfig;
  now: () => number;
  randomBytes: (n: number) => Uint8Array;
}

export type CommandResult<T> = Result<T, DomainError>;

export async function commit(
  db: ReceptionDb,
  ctx: DeviceContext,
  decideInTx: (now: number) => Promise<CommandResult<Draft[]>>,
): Promise<CommandResult<DomainEvent[]>> {
  try {
    const r = await writeCommand(db, ctx, decideInTx);
    if (r.ok && r.value.length) reportStorage(false);
    return r;
  } catch (e) {
    if (!isStorageFull(e)) throw e;
    reportStorage(true);
    return err({ code: 'storage-full', message: STORAGE_FULL_MESSAGE });
  }
}

/** Thrown inside a command's transaction to roll back whatever it wrote (a number taken, say), then returned as the refusal. */
class Refused extends Error {
  constructor(readonly outcome: CommandResult<never>) {
    super(outcome.ok ? '' : outcome.error.message);
  }
}

async function writeCommand(
  db: ReceptionDb,
  ctx: DeviceContext,
  decideInTx: (now: number) => Promise<CommandResult<Draft[]>>,
): Promise<CommandResult<DomainEvent[]>> {
  try {
    // The callback must be declared async: Dexie keeps its transaction open across awaits only then.
    return await db.transaction('rw', [db.events, db.tickets, db.desks, db.meta, db.reportDays], async () => decideAndWrite(db, ctx, decideInTx));
  } catch (e) {
    if (e instanceof Refused) return e.outcome;
    throw e;
  }
}

/** One command inside its transaction. A refusal throws, so nothing it wrote on the way stays. */
async function decideAndWrite(
  db: ReceptionDb,
  ctx: DeviceContext,
  decideInTx: (now: number) => Promise<CommandResult<Draft[]>>,
): Promise<CommandResult<DomainEvent[]>> {
  const refuse = (outcome: CommandResult<never>): never => {
    throw new Refused(outcome);
  };
  const now = ctx.now();
  const decided = await decideInTx(now);
  if (!decided.ok) return refuse(decided);
  const position = await seenEverything(db, await readPosition(db, ctx.siteId, ctx.deviceId), now);
  const stamped = stampDrafts(position, decided.value, now, ctx.randomBytes);
  if (!stamped.ok) return refuse(err({ code: stamped.error.code, message: `Not saved: ${stamped.error.message}.` }));
  const { events } = stamped.value;
  // What this PC writes must be what the endpoint will take: an event it would refuse would
  // block this PC's outbox for good. Checked here, before anything is written.
  for (const e of events) {
    const parsed = parseEvent(e);
    if (!parsed.ok) return refuse(err({ code: 'invalid', message: `Not saved: ${parsed.error.message}.` }));
  }
  await db.events.bulkAdd(events.map((e) => ({ ...e, scope: scopeOf(e), pushed: 0 as const })));
  await applyLocal(db, events);
  await writePosition(db, stamped.value.position);
  return ok(events);
}

/**
 * The hybrid logical clock's receive rule: this PC's next stamp must sort
 * after every event it holds, other PCs' included, even when its wall clock
 * is behind theirs; otherwise a call made here could sort before the issue
 * it answers. The log's newest stamp is one indexed read.
 */
async function seenEverything(db: ReceptionDb, position: DevicePosition, now: number): Promise<DevicePosition> {
  const newest = await db.events.orderBy('hlc').last();
  if (!newest || newest.hlc <= formatHlc(position.clock)) return position;
  const received = receiveHlc(position.clock, newest.hlc, now);
  return received.ok ? { ...position, clock: received.value } : position;
}

/** Events this PC just decided come after everything it holds, so they apply on top; anything odd is re-folded. */
async function applyLocal(db: ReceptionDb, events: readonly DomainEvent[]): Promise<void> {
  const stale = new Set<string>();
  const written: Ticket[] = [];
  for (const e of events) {
    if (isTicketEvent(e)) {
      const r = applyEvent(await db.tickets.get(e.ticketId!), e as TicketEvent);
      if (r.ok) {
        await db.tickets.put(r.value);
        written.push(r.value);
      } else stale.add(scopeOf(e));
    } else if (e.type.startsWith('desk.')) {
      const d = e as DeskEvent;
      const next = applyDeskEvent(await db.desks.get(d.payload.desk), d);
      if (next) await db.desks.put(next);
    }
  }
  await forgetReportDays(db, written);
  if (stale.size) await refoldScopes(db, stale);
}

export interface IssueInput {
  serviceId: string;
  needs: Needs;
  priority: boolean;
  name?: string;
}

export async function issueTicket(db: ReceptionDb, ctx: DeviceContext, input: IssueInput): Promise<CommandResult<Ticket>> {
  let ticketId = '';
  const r = await commit(db, ctx, async (now) => {
    const service = serviceById(ctx.config, input.serviceId);
    if (!service) return err({ code: 'unknown-service', message: 'Choose the service the customer needs.' });
    const day = londonDay(now);
    // A refusal (the day closed, say) rolls back the number taken below with everything else.
    const status = await readDayStatus(db, day);
    const number = ticketNumber(service.letter, ctx.slot, await takeOrdinal(db, day, service.id, ctx.deviceId));
    if (!number.ok) return err({ code: number.error.code, message: `Cannot issue: ${number.error.message}.` });
    ticketId = uuidv7(now, ctx.randomBytes(10));
    const cmd: Command = {
      type: 'issue',
      ticketId,
      serviceId: service.id,
      day,
      number: number.value,
      needs: input.needs,
      priority: input.priority,
      ...(input.name ? { name: input.name } : {}),
      ...(ctx.deviceName ? { issuedOn: ctx.deviceName } : {}),
    };
    return decide(undefined, cmd, { config: ctx.config, day: status });
  });
  if (!r.ok) return r;
  return ok((await db.tickets.get(ticketId))!);
}

export async function ticketCommand(db: ReceptionDb, ctx: DeviceContext, cmd: Exclude<Command, { type: 'issue' }>): Promise<CommandResult<DomainEvent[]>> {
  return commit(db, ctx, async () => {
    const ticket = await db.tickets.get(cmd.ticketId);
    const deskState = 'desk' in cmd ? await db.desks.get(cmd.desk) : undefined;
    const queue = cmd.type === 'call' ? await db.tickets.where('status').equals('waiting').toArray() : undefined;
    const holding = cmd.type === 'call' ? await heldAt(db, cmd.desk) : undefined;
    return decide(ticket, cmd, { config: ctx.config, ...(deskState ? { deskState } : {}), ...(queue ? { queue } : {}), ...(holding ? { holding } : {}) });
  });
}

/**
 * The customer's answer on the feedback screen, for the visit the screen was showing (by its id,
 * never "the desk's current customer"), with this screen's name.
 */
export async function giveFeedback(
  db: ReceptionDb,
  ctx: DeviceContext,
  ticketId: string,
  answer: FeedbackAnswer | 'skipped',
): Promise<CommandResult<DomainEvent[]>> {
  return ticketCommand(db, ctx, { type: 'giveFeedback', ticketId, answer, ...(ctx.deviceName ? { givenOn: ctx.deviceName } : {}) });
}

/** The customers a desk has now, called or being served, by any PC of the site: one, or none. */
export function heldAt(db: ReceptionDb, desk: string): Promise<Ticket[]> {
  return db.tickets
    .where('status')
    .anyOf('called', 'serving')
    .filter((t) => t.desk === desk)
    .toArray();
}

export async function deskCommand(db: ReceptionDb, ctx: DeviceContext, cmd: DeskCommand): Promise<CommandResult<DomainEvent[]>> {
  return commit(db, ctx, async (now) => {
    const holding = (await heldAt(db, cmd.desk)).length;
    const named = cmd.type === 'signOn' && ctx.deviceName ? { ...cmd, pcName: ctx.deviceName } : cmd;
    return decideDesk(await db.desks.get(cmd.desk), named, holding, ctx.deviceId, now);
  });
}

/** End of day, for the whole site: everyone still waiting is marked unseen with their wait, and the day is closed. */
export async function closeDay(db: ReceptionDb, ctx: DeviceContext, day: string): Promise<CommandResult<DomainEvent[]>> {
  return commit(db, ctx, async () => ok(closeDayDrafts(await db.tickets.where('day').equals(day).toArray(), day, ctx.deviceName)));
}

/** Reopens a closed day (a customer arrived after all, or it was closed by mistake), as a recorded event. */
export async function reopenDay(db: ReceptionDb, ctx: DeviceContext, day: string): Promise<CommandResult<DomainEvent[]>> {
  return commit(db, ctx, async () => {
    if (!(await readDayStatus(db, day)).closed) return err({ code: 'day-open', message: 'The day is open already.' });
    return ok([{ type: 'day.reopened', payload: { day, ...(ctx.deviceName ? { reopenedOn: ctx.deviceName } : {}) } }]);
  });
}

/**
 * Saves the site's configuration, whole, as an event: every PC of the site and the endpoint take
 * it at their next sync (shared/config/site-history.ts). A record that fails its schema is refused
 * in the Settings screen's words, and nothing is written.
 */
export async function saveSiteConfig(db: ReceptionDb, ctx: DeviceContext, settings: unknown, changedBy?: string): Promise<CommandResult<DomainEvent[]>> {
  const parsed = SiteSettingsSchema.safeParse(settings);
  if (!parsed.success) return err({ code: 'invalid', message: `Not saved: ${describeIssues(parsed.error.issues)}.` });
  const bad = badTextPath(parsed.data);
  if (bad) return err({ code: 'invalid', message: `Not saved: ${bad} has a NUL character or a broken character in it.` });
  const by = changedBy?.trim();
  return commit(db, ctx, async () =>
    ok([
      {
        type: 'site.configured',
        payload: {
          version: nextVersion(await readSiteVersions(db)),
          settings: parsed.data,
          changedOn: ctx.deviceName ?? 'Reception PC',
          ...(by ? { changedBy: by } : {}),
        },
      },
    ]),
  );
}

const DAY_MS = 86_400_000;

/**
 * This PC's clock is too far from the endpoint's: flag the timing of the
 * tickets it recorded since its timing was last settled (clock in step, or
 * flagged), on any day; null: never, so everything it timed.
 */
export async function flagTiming(
  db: ReceptionDb,
  ctx: DeviceContext,
  inStepSince: number | null,
  offsetMs: number,
  foundBy: ClockFoundBy = 'endpoint',
): Promise<CommandResult<DomainEvent[]>> {
  return commit(db, ctx, async () => {
    // A day's margin: a ticket issued the evening before may have been called after the check.
    const candidates = inStepSince === null ? db.tickets.toCollection() : db.tickets.where('day').aboveOrEqual(londonDay(inStepSince - DAY_MS));
    return ok(timingFlagDrafts(await candidates.toArray(), ctx.deviceId, inStepSince, offsetMs, foundBy));
  });
}
