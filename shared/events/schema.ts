import { z } from 'zod';
import { DaySchema } from '../calendar/day';
import { OUTCOMES } from '../config/site-config';
import { SiteSettingsSchema } from '../config/site-settings';
import { NeedsSchema, SkillsSchema } from '../needs/needs';

/**
 * The event log's vocabulary. Every change is one of these, written once
 * and never edited. The envelope says who wrote it and when; the payload
 * says what happened. `v` is the schema version: a reader refuses versions
 * newer than it knows rather than guessing.
 */
export const EVENT_VERSION = 1;

const id = z.string().min(1).max(64);
const desk = z.string().trim().min(1).max(10);
const day = DaySchema;
/**
 * When an event happened: from 2020 to 2100. A PC whose clock is years out is still inside this
 * (its waits are flagged by the clock check); a time of 0 or beyond any calendar is not a time.
 */
export const EARLIEST_EVENT_MS = Date.UTC(2020, 0, 1);
export const LATEST_EVENT_MS = Date.UTC(2100, 0, 1);
const epochMs = z.number().int().min(EARLIEST_EVENT_MS, 'a time before 2020').max(LATEST_EVENT_MS, 'a time after 2099');

// A customer's needs and a desk's skills are described once, with what meets what: shared/needs/needs.ts.
export { NeedsSchema, NO_NEEDS, SkillsSchema } from '../needs/needs';
export type { Needs, Skills } from '../needs/needs';

const AvoidableSchema = z.object({ reasonId: z.string().min(1).max(40), note: z.string().max(500).optional() }).strict();
const ComplaintSchema = z.object({ directorate: z.string().min(1).max(60), summary: z.string().max(1000).optional() }).strict();
/** A compliment the customer paid at the counter, recorded like a complaint: which directorate, in a line. */
const ComplimentSchema = ComplaintSchema;

export const RECOMMEND_ANSWERS = ['yes', 'no', 'notSure'] as const;
export type Recommend = (typeof RECOMMEND_ANSWERS)[number];

/** A PC's name as set in its Settings. */
const pcName = z.string().trim().min(1).max(60);

const payloads = {
  'ticket.issued': z
    .object({
      number: z.string().regex(/^[A-Z]\d{3}$/),
      serviceId: id,
      day,
      needs: NeedsSchema,
      priority: z.boolean(),
      /** The standard that applies, fixed at issue: later config changes do not rewrite history. */
      standardMinutes: z.number().int().min(1).max(240),
      /**
       * A priority customer's service's ordinary standard, fixed at issue like `standardMinutes` (which is
       * then the priority standard): the headline figure judges every customer against the ordinary one.
       * Absent for an ordinary customer (the two are the same) and on events written before it was kept.
       */
      ordinaryStandardMinutes: z.number().int().min(1).max(240).optional(),
      name: z.string().trim().min(1).max(80).optional(),
      /** The name of the PC that issued it ("Front desk"), so another PC can say where a customer was issued. */
      issuedOn: pcName.optional(),
    })
    .strict(),
  'ticket.called': z.object({ desk, outOfTurnReason: z.string().trim().min(1).max(200).optional() }).strict(),
  'ticket.recalled': z.object({ desk }).strict(),
  'ticket.requeued': z.object({ desk }).strict(),
  'ticket.noShow': z.object({ desk }).strict(),
  'ticket.servingStarted': z.object({ desk }).strict(),
  'ticket.transferred': z.object({ desk, toServiceId: id, standardMinutes: z.number().int().min(1).max(240), note: z.string().max(500).optional() }).strict(),
  'ticket.completed': z
    .object({
      desk,
      outcome: z.enum(OUTCOMES),
      unresolvedReason: z.string().trim().min(1).max(500).optional(),
      avoidable: AvoidableSchema.nullable(),
      complaint: ComplaintSchema.nullable(),
      /** Absent on events written before compliments were recorded. */
      compliment: ComplimentSchema.nullable().optional(),
      note: z.string().max(2000).optional(),
    })
    .strict(),
  /**
   * The customer's answer on the feedback screen, about the visit the ticket is (one per visit).
   * desk: the desk that finished the visit. A question the customer did not answer is null, but
   * not both: a customer who answers nothing has skipped. A comment only where the site asks for one.
   */
  'ticket.feedbackGiven': z
    .object({
      desk,
      // The five faces of the feedback screen: 1 very dissatisfied … 5 very satisfied.
      satisfaction: z.number().int().min(1).max(5).nullable(),
      recommend: z.enum(RECOMMEND_ANSWERS).nullable(),
      comment: z.string().trim().min(1).max(500).optional(),
      givenOn: pcName.optional(),
    })
    .strict()
    .refine((p) => p.satisfaction !== null || p.recommend !== null, 'an answer with neither question answered is a skip'),
  /** The customer chose not to answer: counted as asked, not as an answer. */
  'ticket.feedbackSkipped': z.object({ desk, givenOn: pcName.optional() }).strict(),
  /** recordedOn: the PC where staff recorded it, so a supervisor can ask who. */
  'ticket.left': z.object({ recordedOn: pcName.optional() }).strict(),
  'ticket.cancelled': z.object({ reason: z.string().trim().min(1).max(200), recordedOn: pcName.optional() }).strict(),
  'ticket.unseenAtClose': z.object({ day }).strict(),
  'ticket.timingFlagged': z.object({ reason: z.string().min(1).max(200), offsetMs: z.number().int() }).strict(),
  'desk.signedOn': z.object({ desk, services: z.array(id).min(1).max(50), skills: SkillsSchema, pcName: pcName.optional() }).strict(),
  'desk.paused': z.object({ desk, reason: z.string().max(200).optional() }).strict(),
  'desk.resumed': z.object({ desk }).strict(),
  'desk.signedOff': z.object({ desk }).strict(),
  /** Closing ends the day at every PC of the site: nobody is issued a ticket until it is reopened. */
  'day.closed': z.object({ day, stillWaiting: z.number().int().min(0), closedOn: pcName.optional() }).strict(),
  'day.reopened': z.object({ day, reopenedOn: pcName.optional() }).strict(),
  /**
   * The site's configuration, whole, as a supervisor saved it (config/site-history.ts): the one
   * with the latest clock stands from its time on. version: the one it replaced plus one, as the
   * PC that saved it knew them. changedBy: the person's name, where they gave it.
   */
  'site.configured': z
    .object({
      version: z.number().int().min(1),
      settings: SiteSettingsSchema,
      changedOn: pcName,
      changedBy: z.string().trim().min(1).max(80).optional(),
    })
    .strict(),
} as const;

export type EventType = keyof typeof payloads;
export const EVENT_TYPES = Object.keys(payloads) as EventType[];
export type PayloadOf<T extends EventType> = z.infer<(typeof payloads)[T]>;

export const EnvelopeSchema = z
  .object({
    id: z.string().uuid(),
    siteId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
    deviceId: z.string().uuid(),
    deviceSeq: z.number().int().min(1),
    hlc: z.string().regex(/^\d{15}-\d{5}-[0-9a-z-]{1,64}$/),
    /** The device's wall-clock time when it happened (ms since epoch). Waits are measured with it. */
    at: epochMs,
    type: z.string(),
    ticketId: z.string().uuid().optional(),
    payload: z.unknown(),
    v: z.number().int().min(1),
  })
  .strict();

type EventOf<T extends EventType> = Omit<z.infer<typeof EnvelopeSchema>, 'type' | 'payload'> & { type: T; payload: PayloadOf<T> };
export type DomainEvent = { [T in EventType]: EventOf<T> }[EventType];
export type TicketEvent = Extract<DomainEvent, { type: `ticket.${string}` }>;
export type DeskEvent = Extract<DomainEvent, { type: `desk.${string}` }>;

export function payloadSchema(type: EventType) {
  return payloads[type];
}

export function isTicketEvent(e: DomainEvent): e is TicketEvent {
  return e.type.startsWith('ticket.');
}

export function isDeskEvent(e: DomainEvent): e is DeskEvent {
  return e.type.startsWith('desk.');
}
