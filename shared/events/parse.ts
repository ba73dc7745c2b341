import { err, ok } from '../core/result';
import type { Result } from '../core/result';
import { EVENT_TYPES, EVENT_VERSION, EnvelopeSchema, payloadSchema } from './schema';
import type { DomainEvent, EventType } from './schema';
import { badTextPath } from './text';

export type EventParseError =
  { code: 'malformed'; message: string } | { code: 'unknown-type'; message: string } | { code: 'unsupported-version'; message: string };

const describe = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');

/**
 * Reads one event from outside (the network, storage). Never throws: any
 * input gives an event or a typed error with a reason.
 */
export function parseEvent(raw: unknown): Result<DomainEvent, EventParseError> {
  const bad = badTextPath(raw);
  if (bad) return err({ code: 'malformed', message: `${bad}: text with a NUL character or a broken character (half a surrogate pair)` });
  const env = EnvelopeSchema.safeParse(raw);
  if (!env.success) return err({ code: 'malformed', message: describe(env.error.issues) });
  const e = env.data;
  if (e.v > EVENT_VERSION)
    return err({ code: 'unsupported-version', message: `event version ${e.v} is newer than this software understands (${EVENT_VERSION})` });
  if (!(EVENT_TYPES as string[]).includes(e.type)) return err({ code: 'unknown-type', message: `unknown event type ${JSON.stringify(e.type).slice(0, 60)}` });
  const type = e.type as EventType;
  const needsTicket = type.startsWith('ticket.');
  if (needsTicket !== (e.ticketId !== undefined)) {
    return err({ code: 'malformed', message: needsTicket ? `${type} needs a ticketId` : `${type} must not carry a ticketId` });
  }
  const payload = payloadSchema(type).safeParse(e.payload);
  if (!payload.success) return err({ code: 'malformed', message: `${type} payload: ${describe(payload.error.issues)}` });
  return ok({ ...e, type, payload: payload.data } as DomainEvent);
}
