import { initialHlc, receiveHlc } from '../clock/hlc';
import { DEFAULT_SITE_CONFIG, serviceById } from '../config/site-config';
import type { SiteConfig } from '../config/site-config';
import { foldDesks } from '../desks/desk';
import type { DeskState } from '../desks/desk';
import { decideDesk } from '../desks/decide-desk';
import type { DeskCommand } from '../desks/decide-desk';
import { stampDrafts } from '../events/stamp';
import type { DevicePosition } from '../events/stamp';
import type { DeskEvent, DomainEvent, Needs, TicketEvent } from '../events/schema';
import { NO_NEEDS, isTicketEvent } from '../events/schema';
import { decide } from '../tickets/decide';
import type { Command, DomainError } from '../tickets/decide';
import { dayClosesOf, foldTicket } from '../tickets/fold';
import { closeDayDrafts } from '../tickets/close-day';
import { dayStatusOf } from '../tickets/day-status';
import type { DayStatus } from '../tickets/day-status';
import { ticketNumber } from '../tickets/numbers';
import type { Ticket } from '../tickets/state';
import { uuidv7 } from '../core/uuidv7';
import { seededRandom } from './prng';
import { currentSite, nextVersion, siteVersions } from '../config/site-history';
import { siteConfigOf } from '../config/site-settings';
import type { SiteSettings } from '../config/site-settings';

/**
 * A reception PC in miniature, for tests and benchmarks: an event log, a
 * projection re-folded from it, decide for commands, and merge for events
 * from elsewhere. The real app does the same over Dexie.
 */
export class SimDevice {
  readonly log = new Map<string, DomainEvent>();
  readonly tickets = new Map<string, Ticket>();
  desks = new Map<string, DeskState>();
  private pos: DevicePosition;
  private rng: ReturnType<typeof seededRandom>;

  constructor(
    deviceId: string,
    readonly siteId: string,
    readonly slot: { slot: number; slots: number },
    public config: SiteConfig = DEFAULT_SITE_CONFIG,
    seed = 1,
  ) {
    this.pos = { siteId, deviceId, seq: 0, clock: initialHlc(deviceId) };
    this.rng = seededRandom(seed);
  }

  get deviceId(): string {
    return this.pos.deviceId;
  }

  private commit(drafts: Parameters<typeof stampDrafts>[1], at: number): DomainEvent[] {
    const stamped = stampDrafts(this.pos, drafts, at, this.rng.bytes);
    if (!stamped.ok) throw new Error(stamped.error.message);
    this.pos = stamped.value.position;
    this.merge(stamped.value.events, at, false);
    return stamped.value.events;
  }

  issue(at: number, day: string, serviceId: string, opts: { needs?: Needs; priority?: boolean; name?: string } = {}): Ticket | DomainError {
    const service = serviceById(this.config, serviceId);
    if (!service) return { code: 'unknown-service', message: 'unknown service' };
    const ordinal = [...this.log.values()].filter(
      (e) => e.type === 'ticket.issued' && e.deviceId === this.deviceId && e.payload.day === day && e.payload.serviceId === serviceId,
    ).length;
    const number = ticketNumber(service.letter, this.slot, ordinal);
    if (!number.ok) return { code: number.error.code, message: number.error.message };
    const ticketId = uuidv7(at, this.rng.bytes(10));
    const cmd: Command = {
      type: 'issue',
      ticketId,
      serviceId,
      day,
      number: number.value,
      needs: opts.needs ?? NO_NEEDS,
      priority: opts.priority ?? false,
      ...(opts.name ? { name: opts.name } : {}),
    };
    const r = decide(undefined, cmd, { config: this.config, day: this.dayStatus(day) });
    if (!r.ok) return r.error;
    this.commit(r.value, at);
    return this.tickets.get(ticketId)!;
  }

  /** The customers a desk has now, called or being served. */
  private heldAt(desk: string): Ticket[] {
    return [...this.tickets.values()].filter((t) => t.desk === desk && (t.status === 'called' || t.status === 'serving'));
  }

  run(at: number, cmd: Exclude<Command, { type: 'issue' }>): DomainEvent[] | DomainError {
    const desk = 'desk' in cmd ? this.desks.get(cmd.desk) : undefined;
    const holding = 'desk' in cmd ? this.heldAt(cmd.desk) : [];
    const r = decide(this.tickets.get(cmd.ticketId), cmd, {
      config: this.config,
      ...(desk ? { deskState: desk } : {}),
      queue: [...this.tickets.values()],
      holding,
    });
    if (!r.ok) return r.error;
    return this.commit(r.value, at);
  }

  desk(at: number, cmd: DeskCommand): DomainEvent[] | DomainError {
    const holding = this.heldAt(cmd.desk).length;
    const r = decideDesk(this.desks.get(cmd.desk), cmd, holding, this.deviceId, at);
    if (!r.ok) return r.error;
    return this.commit(r.value, at);
  }

  closeDay(at: number, day: string, closedOn?: string): DomainEvent[] {
    return this.commit(closeDayDrafts(this.tickets.values(), day, closedOn), at);
  }

  /** Saves the site's configuration, as a supervisor does at this PC: tickets issued from then on carry its standards. */
  configure(at: number, settings: SiteSettings, changedOn = 'Supervisor PC', changedBy?: string): DomainEvent[] {
    const version = nextVersion(siteVersions(this.log.values()));
    return this.commit([{ type: 'site.configured', payload: { version, settings, changedOn, ...(changedBy ? { changedBy } : {}) } }], at);
  }

  reopenDay(at: number, day: string): DomainEvent[] {
    return this.commit([{ type: 'day.reopened', payload: { day } }], at);
  }

  dayStatus(day: string): DayStatus {
    return dayStatusOf([...this.log.values()].filter((e) => e.type.startsWith('day.') && (e.payload as { day: string }).day === day));
  }

  /** Merge events from anywhere (own or remote), by id, and re-fold what they touch. */
  merge(events: readonly DomainEvent[], now: number, remote = true): void {
    const touched = new Set<string>();
    let deskTouched = false;
    let configTouched = false;
    for (const e of events) {
      if (this.log.has(e.id)) continue;
      this.log.set(e.id, e);
      if (remote) {
        const r = receiveHlc(this.pos.clock, e.hlc, now);
        if (r.ok) {
          this.pos = { ...this.pos, clock: r.value };
        }
      }
      if (isTicketEvent(e)) touched.add(e.ticketId!);
      else if (e.type.startsWith('desk.')) deskTouched = true;
      else if (e.type === 'site.configured') configTouched = true;
      // A close touches every ticket of its day, those this PC heard of from others included.
      else if (e.type === 'day.closed') for (const t of this.tickets.values()) if (t.day === e.payload.day) touched.add(t.id);
    }
    if (touched.size) {
      const byTicket = new Map<string, TicketEvent[]>();
      for (const e of this.log.values())
        if (isTicketEvent(e) && touched.has(e.ticketId!)) (byTicket.get(e.ticketId!) ?? byTicket.set(e.ticketId!, []).get(e.ticketId!)!).push(e);
      const closes = dayClosesOf([...this.log.values()]);
      for (const [id, list] of byTicket) {
        const t = foldTicket(list, closes);
        if (t) this.tickets.set(id, t);
      }
    }
    // Like a PC, the latest saved configuration (its own or another PC's) is what its next tickets carry.
    if (configTouched) this.config = { ...siteConfigOf(currentSite(siteVersions(this.log.values()))), issuingSlots: this.config.issuingSlots };
    if (deskTouched) this.desks = foldDesks([...this.log.values()].filter((e): e is DeskEvent => e.type.startsWith('desk.')));
  }
}

export function isDomainError(x: unknown): x is DomainError {
  return typeof x === 'object' && x !== null && 'code' in x && 'message' in x && !('id' in x);
}
