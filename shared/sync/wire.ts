import { z } from 'zod';
import { DaySchema } from '../calendar/day';
import { hasBadText } from '../events/text';
import { OUTCOMES } from '../config/site-config';
import type { Outcome } from '../config/site-config';

/**
 * The endpoint's HTTP API, v1: every request and every answer, defined once.
 * The server parses requests with these and shapes its answers by them, the
 * OpenAPI document (server/openapi.json) is generated from them, and the PC
 * parses every answer with them: the network is a boundary like any other.
 * docs/sync-protocol.md walks through how they are used.
 */

/** Most events in one push; a PC sends its backlog in batches of this size. */
export const MAX_BATCH = 1000;

const int = z.number().int();
const count = z.number().int().min(0);
const epochMs = z.number().int();

// Requests

export const PushBody = z.object({ events: z.array(z.unknown()).min(1).max(MAX_BATCH) }).strict();
export const PullQuery = z.object({ after: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(5000).default(1000) }).strict();
export const DayParams = z.object({ day: DaySchema });
/** A desk asks to call a customer: the ticket, the wait the call would end (shared/queue/claims.ts) and the desk. */
export const ClaimBody = z
  .object({
    ticketId: z.string().uuid(),
    wait: z.string().regex(/^\d{1,4}\.\d{1,4}$/, 'a wait is segment.calls, as in 1.0'),
    desk: z
      .string()
      .trim()
      .min(1)
      .max(10)
      .refine((d) => !hasBadText(d), 'a desk has no NUL character or broken character in it'),
  })
  .strict();
export type ClaimBody = z.infer<typeof ClaimBody>;
/**
 * Every route of the HTTP API, written once: the endpoint registers these (server/http/app.ts), the PCs
 * call them (renderer/src/sync/api.ts) and the OpenAPI document names them (server/http/openapi.ts).
 * A parameter is `:name`, as Fastify writes it.
 */
export const ROUTES = {
  health: '/v1/health',
  ready: '/v1/ready',
  openapi: '/v1/openapi.json',
  device: '/v1/device',
  events: '/v1/events',
  stream: '/v1/stream',
  dayVerification: '/v1/days/:day/verification',
  reports: '/v1/reports',
  claims: '/v1/claims',
} as const;
export type Route = (typeof ROUTES)[keyof typeof ROUTES];

/** The route as OpenAPI writes it: `{day}` for `:day`. */
export const openApiPath = (route: Route): string => route.replace(/:([A-Za-z]+)/g, '{$1}');

/** The route with its parameters filled in (each encoded), relative to an endpoint's base address. */
export function routeUrl(route: Route, params: Record<string, string> = {}): string {
  return route.replace(/:([A-Za-z]+)/g, (_m, name: string) => encodeURIComponent(params[name] ?? '')).slice(1);
}

export const REPORT_SLICES = ['day', 'week', 'month', 'quarter', 'hour', 'service', 'desk', 'site', 'need'] as const;
export const REPORT_FORMATS = ['json', 'csv', 'ni14-return', 'service-level-return'] as const;
/** A report request's fields; `ReportQuery` checks them together. The officer's form reads the same fields (server/officers/officer-web.ts). */
export const ReportQueryFields = z
  .object({
    from: DaySchema,
    to: DaySchema,
    by: z.enum(REPORT_SLICES).optional(),
    /** json: the report; csv: the same as CSV; the two returns a council files, as CSV. */
    format: z.enum(REPORT_FORMATS).default('json'),
    /** Overrides the site's own target (its configuration in force on the period's last day). */
    target: z.coerce.number().min(1).max(100).optional(),
    /** Overrides the site's own satisfaction target: the share of customers satisfied or very satisfied. */
    satisfactionTarget: z.coerce.number().min(1).max(100).optional(),
  })
  .strict();
export const ReportQuery = ReportQueryFields.refine((q) => q.from <= q.to, 'from must not be after to');

// Answers

/** Every 4xx and 5xx: a machine-readable code and a sentence for a person. */
export const ErrorBody = z.object({ error: z.string(), reason: z.string(), expectedSeq: int.min(1).optional() });
export type ErrorBody = z.infer<typeof ErrorBody>;
/** 409 to a push: the batch would leave a gap; resend from expectedSeq. */
export const GapBody = z.object({ error: z.literal('gap'), reason: z.string(), expectedSeq: int.min(1) });

export const PushAck = z.object({ ackSeq: count, stored: count, serverTime: epochMs });
export type PushAck = z.infer<typeof PushAck>;
export const PullPage = z.object({ events: z.array(z.unknown()), cursor: count, more: z.boolean(), serverTime: epochMs });
export type PullPage = z.infer<typeof PullPage>;
/** One `event: events` frame of the live stream: a pull page without `more` (the stream sends the rest as it comes). */
export const LivePage = PullPage.omit({ more: true });
export type LivePage = z.infer<typeof LivePage>;
export const WhoAmI = z.object({ deviceId: z.string(), deviceName: z.string(), siteId: z.string(), siteName: z.string(), serverTime: epochMs });
export type WhoAmI = z.infer<typeof WhoAmI>;
export const DayVerification = z.object({ day: DaySchema, count, digest: z.string(), maxDeviceSeq: count });
export type DayVerification = z.infer<typeof DayVerification>;
/** The endpoint's verdict on a claim: granted, or refused with the desk that holds the customer. */
export const ClaimAnswer = z.object({ granted: z.boolean(), desk: z.string(), serverTime: epochMs });
export type ClaimAnswer = z.infer<typeof ClaimAnswer>;
export const Health = z.object({ ok: z.literal(true) });
/** `ready`: the database answers a query. `live`: new events reach open streams as they come (false while the database's notifications are down; streams then poll). */
export const Readiness = z.object({ ready: z.boolean(), database: z.enum(['postgres', 'pglite']), live: z.boolean() });
export type Readiness = z.infer<typeof Readiness>;

const duration = z.object({ count, medianMs: epochMs.nullable(), p90Ms: epochMs.nullable(), meanMs: z.number().nullable(), maxMs: epochMs.nullable() });
const satisfactionSplit = z.object({ answers: count, satisfied: count, percent: z.number().nullable() });
const serviceLevel = z.object({
  met: count,
  missed: count,
  counted: count,
  excluded: z.object({ cancelled: count, timingInaccurate: count, leftWithinStandard: count, unseenWithinStandard: count, pending: count }),
  percent: z.number().nullable(),
  targetPercent: z.number(),
  meetsTarget: z.boolean().nullable(),
});
const figures = z.object({
  tickets: count,
  serviceLevel,
  priorityServiceLevel: serviceLevel,
  firstWait: duration,
  transferWait: duration,
  openTransferWaitsAtClose: count,
  contacts: z.object({
    completed: count,
    avoidable: count,
    avoidablePercent: z.number().nullable(),
    avoidableByReason: z.record(z.string(), count),
    resolvedFirstContact: count,
    firstContactPercent: z.number().nullable(),
    outcomes: z.object(Object.fromEntries(OUTCOMES.map((o) => [o, count])) as { [K in Outcome]: typeof count }),
    outOfTurnCalls: count,
  }),
  complaints: z.array(
    z.object({
      ticketId: z.string(),
      number: z.string(),
      directorate: z.string(),
      raisedDay: DaySchema,
      acknowledgeBy: DaySchema.nullable(),
      respondBy: DaySchema.nullable(),
      dueNote: z.string().optional(),
    }),
  ),
  complaintsByDirectorate: z.record(z.string(), count),
  compliments: count,
  complimentsByDirectorate: z.record(z.string(), count),
  satisfaction: z.object({
    completedVisits: count,
    responses: count,
    skipped: count,
    responseRatePercent: z.number().nullable(),
    satisfaction: satisfactionSplit.extend({ targetPercent: z.number(), meetsTarget: z.boolean().nullable() }),
    byScore: z.tuple([count, count, count, count, count]),
    recommend: z.object({ answers: count, yes: count, no: count, notSure: count, percent: z.number().nullable() }),
    withinStandard: satisfactionSplit,
    pastStandard: satisfactionSplit,
  }),
});
/** `GET /v1/reports?format=json`: the whole period, and the same sliced. The CSV formats are text/csv (docs/reports.md). */
export const ReportBody = z.object({
  from: DaySchema,
  to: DaySchema,
  by: z.enum(REPORT_SLICES).nullable(),
  targetPercent: z.number(),
  total: figures,
  slices: z.array(z.object({ key: z.string(), figures })),
});
export type ReportBody = z.infer<typeof ReportBody>;
