import { ClaimAnswer, DayVerification, ErrorBody, GapBody, PullPage, PushAck, ROUTES, WhoAmI, routeUrl } from '../../../shared/sync/wire';
import type { LivePage } from '../../../shared/sync/wire';
import { readEventStream } from './event-stream';
import { err, ok } from '../../../shared/core/result';
import type { Result } from '../../../shared/core/result';

export type { DayVerification, WhoAmI } from '../../../shared/sync/wire';

/**
 * The endpoint as the PC sees it (the wire format is shared/sync/wire.ts).
 * Every answer is parsed: the network is a boundary like any other.
 */

export type PushOutcome =
  { kind: 'ack'; ackSeq: number; serverTime: number } | { kind: 'gap'; expectedSeq: number } | { kind: 'refused'; status: number; message: string };

/** The endpoint's own words for a refusal, or the HTTP status text when the body is not an ErrorBody. */
const reasonOf = (body: unknown, statusText: string) => ErrorBody.safeParse(body).data?.reason ?? statusText;

export class EndpointError extends Error {
  override name = 'EndpointError';
}

/** The endpoint refused this PC's token (revoked, or another PC's): not an outage; no retry helps until IT enrols the PC again. */
export class TokenRefusedError extends EndpointError {
  override name = 'TokenRefusedError';
}

/** What the PC says when its token is refused, with the endpoint's own words for why. */
export const tokenRefused = (reason: string) => `this PC’s device token was refused (${reason}): ask IT to enrol it again, then save the new token in Settings`;

export interface EndpointApi {
  push(events: readonly unknown[]): Promise<PushOutcome>;
  pull(after: number, limit: number): Promise<PullPage>;
  /** Whom the token belongs to, or the endpoint's refusal (bad or revoked token) with its status. */
  whoami(): Promise<Result<WhoAmI, { status: number; message: string }>>;
  verifyDay(day: string): Promise<DayVerification>;
  /**
   * Claims a customer's wait for a desk before the call is recorded (shared/queue/claims.ts).
   * `unreachable`: no verdict came in time (down, refused, unreadable): the PC decides alone.
   */
  claim(ticketId: string, wait: string, desk: string): Promise<ClaimVerdict>;
  /** Opens the live stream from a cursor; resolves when it ends, rejects when it fails. */
  stream(after: number, onPage: (page: LivePage) => Promise<void>, signal: AbortSignal, onAlive?: () => void): Promise<void>;
}

export type ClaimVerdict = { kind: 'granted' } | { kind: 'refused'; desk: string } | { kind: 'unreachable'; message: string };

/**
 * A claim is asked while the advisor waits for their press to answer: on the loopback or a council
 * network it takes milliseconds, and past this the desk stops waiting and decides alone.
 */
export const CLAIM_TIMEOUT_MS = 1_500;

/** No answer within this long counts as a failure: a request that hangs must not stall sync forever. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** The endpoint over fetch. Network failures, timeouts and 5xx throw (retry later); 4xx come back as refusals. */
export function httpEndpoint(baseUrl: string, token: string, fetchImpl: typeof fetch = fetch, timeoutMs = REQUEST_TIMEOUT_MS): EndpointApi {
  const url = (path: string) => new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  // The timeout covers reading the body too: a response that stalls halfway fails like one that never came.
  const timed = (path: string, init: RequestInit = {}) => fetchImpl(url(path), { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return {
    async push(events) {
      const res = await timed(routeUrl(ROUTES.events), { method: 'POST', headers, body: JSON.stringify({ events }) });
      const body: unknown = await res.json().catch(() => null);
      if (res.status >= 500) throw new EndpointError(`endpoint failed (${res.status})`);
      if (res.ok) {
        const ack = PushAck.safeParse(body);
        if (!ack.success) throw new EndpointError('endpoint answered a push with something unreadable');
        return { kind: 'ack', ackSeq: ack.data.ackSeq, serverTime: ack.data.serverTime };
      }
      const gap = GapBody.safeParse(body);
      if (res.status === 409 && gap.success) return { kind: 'gap', expectedSeq: gap.data.expectedSeq };
      if (res.status === 401) return { kind: 'refused', status: 401, message: tokenRefused(reasonOf(body, res.statusText)) };
      return { kind: 'refused', status: res.status, message: reasonOf(body, res.statusText) };
    },
    async claim(ticketId, wait, desk) {
      try {
        const res = await fetchImpl(url(routeUrl(ROUTES.claims)), {
          method: 'POST',
          headers,
          body: JSON.stringify({ ticketId, wait, desk }),
          signal: AbortSignal.timeout(Math.min(timeoutMs, CLAIM_TIMEOUT_MS)),
        });
        const body: unknown = await res.json().catch(() => null);
        const answer = ClaimAnswer.safeParse(body);
        if (!res.ok || !answer.success) return { kind: 'unreachable', message: `claim not answered (${res.status} ${reasonOf(body, res.statusText)})` };
        return answer.data.granted ? { kind: 'granted' } : { kind: 'refused', desk: answer.data.desk };
      } catch (e) {
        return { kind: 'unreachable', message: e instanceof Error ? e.message : String(e) };
      }
    },
    async pull(after, limit) {
      const res = await timed(`${routeUrl(ROUTES.events)}?after=${after}&limit=${limit}`, { headers });
      if (res.status === 401) throw new TokenRefusedError(tokenRefused(reasonOf(await res.json().catch(() => null), res.statusText)));
      if (!res.ok) throw new EndpointError(`pull refused (${res.status})`);
      const page = PullPage.safeParse(await res.json());
      if (!page.success) throw new EndpointError('endpoint answered a pull with something unreadable');
      return page.data;
    },
    async whoami() {
      const res = await timed(routeUrl(ROUTES.device), { headers });
      const body: unknown = await res.json().catch(() => null);
      if (res.status >= 500) throw new EndpointError(`endpoint failed (${res.status})`);
      if (!res.ok) return err({ status: res.status, message: reasonOf(body, res.statusText) });
      const me = WhoAmI.safeParse(body);
      if (!me.success) throw new EndpointError('this address answered, but not as a reception endpoint');
      return ok(me.data);
    },
    async verifyDay(day) {
      const res = await timed(routeUrl(ROUTES.dayVerification, { day }), { headers });
      if (!res.ok) throw new EndpointError(`verification refused (${res.status})`);
      const v = DayVerification.safeParse(await res.json());
      if (!v.success) throw new EndpointError('endpoint answered a verification with something unreadable');
      return v.data;
    },
    async stream(after, onPage, signal, onAlive) {
      const res = await fetchImpl(url(`${routeUrl(ROUTES.stream)}?after=${after}`), {
        headers: { authorization: headers.authorization, accept: 'text/event-stream' },
        signal,
        cache: 'no-store',
      });
      if (res.status === 401) throw new TokenRefusedError(tokenRefused(reasonOf(await res.json().catch(() => null), res.statusText)));
      if (!res.ok || !res.body) throw new EndpointError(`live stream refused (${res.status})`);
      await readEventStream(res.body, onPage, onAlive);
    },
  };
}
