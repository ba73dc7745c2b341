import { z } from 'zod';
import { EnvelopeSchema } from '../../shared/events/schema';
import {
  ClaimAnswer,
  ClaimBody,
  DayParams,
  DayVerification,
  ErrorBody,
  GapBody,
  Health,
  LivePage,
  PullPage,
  PullQuery,
  PushAck,
  PushBody,
  Readiness,
  ReportBody,
  ReportQuery,
  ROUTES,
  WhoAmI,
  openApiPath,
} from '../../shared/sync/wire';

/**
 * The wire format, documented: OpenAPI 3.1 built from the zod schemas in
 * shared/sync/wire.ts that the server and the PCs use. Every status a route
 * can answer has a schema. Committed as server/openapi.json; a test keeps
 * the committed copy equal to this.
 */
const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
const body = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema: json(schema) } } });
const err = (description: string) => body(description, ErrorBody);
const csv = { schema: { type: 'string', description: 'CSV with a header row, columns in docs/reports.md' } };
const auth = [{ deviceToken: [] }];
const open: never[] = [];
const EVENT_REF = { $ref: '#/components/schemas/Event' };
/** The schema of a body that carries events, with each event described by the Event component. */
const withEvents = (schema: z.ZodType) => {
  const s = json(schema) as unknown as { properties: { events: Record<string, unknown> } };
  s.properties.events = { ...s.properties.events, items: EVENT_REF };
  return s;
};
const queryParams = (schema: z.ZodObject) =>
  Object.entries(schema.shape).map(([name, s]) => ({
    name,
    in: 'query',
    required: !(s as z.ZodType).safeParse(undefined).success,
    schema: json(s as z.ZodType),
  }));
const retryAfter = {
  'Retry-After': { required: true, description: 'Seconds to wait before sending the same request again', schema: { type: 'string', pattern: '^\\d+$' } },
};
/** What any route can answer: headers (with the address) too large for the endpoint, a request line it cannot read. */
const anyRoute = {
  400: err('Malformed: the reason says what'),
  408: err('The request did not arrive in time (headers within 10 s, the whole request within 30 s)'),
  431: err('The request’s headers, address included, are too large'),
};
/** What any route with a device token can also answer. */
const withToken = {
  ...anyRoute,
  401: err('No, bad or revoked token'),
  500: err('The endpoint failed; nothing was stored (retry later)'),
  503: { ...err('The database is not reachable just now; nothing was stored (retry after Retry-After seconds)'), headers: retryAfter },
};

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'One Stop Shop Reception endpoint',
      version: '1.0.0',
      description: 'Push and pull of reception events, live stream, day verification and council reports.',
      license: { name: 'Proprietary: licensed to the council that runs it', identifier: 'LicenseRef-Council-Proprietary' },
    },
    servers: [{ url: 'http://127.0.0.1:8787', description: 'npm run server on the endpoint machine; behind a TLS proxy for the PCs' }],
    components: {
      securitySchemes: { deviceToken: { type: 'http', scheme: 'bearer', description: 'oss_<device>_<secret>, issued once at enrolment' } },
      schemas: { Event: json(EnvelopeSchema) },
    },
    paths: {
      [openApiPath(ROUTES.health)]: {
        get: { operationId: 'health', summary: 'Liveness', security: open, responses: { 200: body('up', Health), ...anyRoute } },
      },
      [openApiPath(ROUTES.ready)]: {
        get: {
          operationId: 'ready',
          summary: 'Readiness: 200 as soon as the database answers a query; `live` says whether new events reach streams at once',
          security: open,
          responses: { 200: body('ready', Readiness), 503: body('database unreachable', Readiness), ...anyRoute },
        },
      },
      [openApiPath(ROUTES.openapi)]: {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          security: open,
          responses: { 200: { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } }, ...anyRoute },
        },
      },
      [openApiPath(ROUTES.device)]: {
        get: {
          operationId: 'whoAmI',
          summary: 'The device this token belongs to, its site, and the server time: how a PC checks its enrolment',
          security: auth,
          responses: { 200: body('Whom the token belongs to', WhoAmI), ...withToken },
        },
      },
      [openApiPath(ROUTES.events)]: {
        post: {
          operationId: 'push',
          summary: 'Push a batch of this device’s events, in deviceSeq order',
          security: auth,
          requestBody: { required: true, content: { 'application/json': { schema: withEvents(PushBody) } } },
          responses: {
            200: body('Stored (ids already held are ignored)', PushAck),
            ...withToken,
            400: err('Malformed: the reason names the event and the field'),
            403: err('An event of another device or site, or for a ticket another site holds'),
            409: body(
              'Refused, nothing stored: `gap` (resend from expectedSeq, GapBody), `seq-conflict` (a held deviceSeq with another event), `content-conflict` (a held event changed), `id-conflict` (an id held for another event)',
              z.union([GapBody, ErrorBody]),
            ),
            413: err('Too large'),
            415: err('Not UTF-8 application/json, or compressed'),
          },
        },
        get: {
          operationId: 'pull',
          summary: 'Pull the site’s events after a cursor, in ingest order',
          security: auth,
          parameters: queryParams(PullQuery),
          responses: {
            200: { description: 'A page of events', content: { 'application/json': { schema: withEvents(PullPage) } } },
            ...withToken,
            400: err('Bad query'),
          },
        },
      },
      [openApiPath(ROUTES.claims)]: {
        post: {
          operationId: 'claim',
          summary: 'Claim a waiting customer for a desk before calling them: granted to one desk each wait',
          security: auth,
          requestBody: { required: true, content: { 'application/json': { schema: json(ClaimBody) } } },
          responses: {
            200: body('granted, or refused with the desk that holds the customer', ClaimAnswer),
            ...withToken,
            400: err('Malformed: the reason names the field'),
            415: err('Not UTF-8 application/json, or compressed'),
          },
        },
      },
      [openApiPath(ROUTES.stream)]: {
        get: {
          operationId: 'stream',
          summary: 'Server-sent events: the site’s new events from a cursor, with heartbeats',
          security: auth,
          parameters: queryParams(PullQuery),
          responses: {
            200: {
              description: 'text/event-stream: `event: events` frames whose data is a LivePage (JSON); comment lines are heartbeats',
              content: { 'text/event-stream': { schema: { type: 'string' }, 'x-frame-schema': withEvents(LivePage) } },
            },
            ...withToken,
            400: err('Bad query'),
            429: { ...err('This device already has its most live streams open'), headers: retryAfter },
          },
        },
      },
      [openApiPath(ROUTES.dayVerification)]: {
        get: {
          operationId: 'verifyDay',
          summary: 'Count and digest of this device’s events held for a day',
          security: auth,
          parameters: [{ name: 'day', in: 'path', required: true, schema: json(DayParams.shape.day) }],
          responses: {
            200: body('count, digest (sha256 over each event’s id and content, sorted by id: docs/sync-protocol.md), maxDeviceSeq', DayVerification),
            ...withToken,
            400: err('Bad day'),
            414: err('The day in the address is far too long'),
          },
        },
      },
      [openApiPath(ROUTES.reports)]: {
        get: {
          operationId: 'report',
          summary: 'Service level, waits, NI14, first contact and complaints for the device’s site',
          security: auth,
          parameters: queryParams(ReportQuery),
          responses: {
            200: {
              description:
                'JSON (format=json); the same as CSV (format=csv); or, as CSV, the monthly NI14 return (format=ni14-return) or the quarterly seen-within-the-standard return (format=service-level-return): see docs/reports.md',
              content: { 'application/json': { schema: json(ReportBody) }, 'text/csv': csv },
            },
            ...withToken,
            400: err('Bad query'),
          },
        },
      },
    },
  };
}
