import { z } from 'zod';
import { EnvelopeSchema } from '../shared/events/schema';
import { DayParams, ErrorBody, PullQuery, PushAck, PushBody, ReportQuery } from './schemas';

/**
 * The wire format, documented: OpenAPI 3.1 built from the same zod schemas
 * that check requests. Committed as server/openapi.json; a test keeps the
 * committed copy equal to this.
 */
const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
const err = (description: string) => ({ description, content: { 'application/json': { schema: json(ErrorBody) } } });
const auth = [{ deviceToken: [] }];
const queryParams = (schema: z.ZodObject) =>
  Object.entries(schema.shape).map(([name, s]) => ({ name, in: 'query', required: !(s as z.ZodType).safeParse(undefined).success, schema: json(s as z.ZodType) }));

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'One Stop Shop Reception endpoint', version: '1.0.0', description: 'Push and pull of reception events, live stream, day verification and council reports.' },
    components: {
      securitySchemes: { deviceToken: { type: 'http', scheme: 'bearer', description: 'oss_<device>_<secret>, issued once at enrolment' } },
      schemas: { Event: json(EnvelopeSchema) },
    },
    paths: {
      '/v1/health': { get: { summary: 'Liveness', responses: { 200: { description: 'up' } } } },
      '/v1/ready': { get: { summary: 'Readiness (database reachable)', responses: { 200: { description: 'ready' }, 503: { description: 'database unreachable' } } } },
      '/v1/device': { get: { summary: 'The device this token belongs to, its site, and the server time: how a PC checks its enrolment', security: auth, responses: { 200: { description: 'deviceId, deviceName, siteId, siteName, serverTime' }, 401: err('No, bad or revoked token') } } },
      '/v1/events': {
        post: {
          summary: 'Push a batch of this device’s events, in deviceSeq order',
          security: auth,
          requestBody: { required: true, content: { 'application/json': { schema: json(PushBody) } } },
          responses: { 200: { description: 'Stored (ids already held are ignored)', content: { 'application/json': { schema: json(PushAck) } } }, 400: err('Malformed'), 401: err('No or bad token'), 403: err('Another device or site'), 409: err('Gap: expectedSeq says where to resume'), 413: err('Too large') },
        },
        get: { summary: 'Pull the site’s events after a cursor, in ingest order', security: auth, parameters: queryParams(PullQuery), responses: { 200: { description: 'A page of events' }, 400: err('Bad query'), 401: err('No or bad token') } },
      },
      '/v1/stream': { get: { summary: 'Server-sent events: the site’s new events from a cursor, with heartbeats', security: auth, parameters: queryParams(PullQuery), responses: { 200: { description: 'text/event-stream' }, 401: err('No or bad token') } } },
      '/v1/days/{day}/verification': {
        get: { summary: 'Count and digest of this device’s events held for a day', security: auth, parameters: [{ name: 'day', in: 'path', required: true, schema: json(DayParams.shape.day) }], responses: { 200: { description: 'count, digest (sha256 of sorted ids, one per line), maxDeviceSeq' }, 400: err('Bad day') } },
      },
      '/v1/reports': {
        get: { summary: 'Service level, waits, NI14, first contact and complaints for the device’s site', security: auth, parameters: queryParams(ReportQuery), responses: { 200: { description: 'JSON; or CSV with format=csv; or, as CSV, the monthly NI14 return (format=ni14-return) or the quarterly seen-within-the-standard return (format=service-level-return): see docs/reports.md' }, 400: err('Bad query') } },
      },
    },
  };
}
