import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { DAY, at, must } from '../shared/testing/scenario';
import { buildApp } from './http/app';
import type { TestDb } from '../test/support/server-backends';
import { BACKENDS } from '../test/support/server-backends';
import { OpenApiChecker } from '../test/support/openapi-conformance';
import { own, siteWithPcs } from '../test/support/server-world';

/**
 * The answers the endpoint gives before any route runs (Node's and Fastify's own refusals), and
 * the checker that holds every other answer of the suite to the document
 * (test/setup/openapi-conformance.ts): it must find an answer that does not conform.
 */
const checker = new OpenApiChecker();

describe('the conformance checker', () => {
  const ok = JSON.stringify({ ackSeq: 1, stored: 1, serverTime: at(0) });
  it('finds an undocumented status, a missing required header, a wrong content type and a body off its schema', () => {
    expect(checker.check('POST', '/v1/events', 200, { 'content-type': 'application/json' }, ok)).toBeNull();
    expect(checker.check('POST', '/v1/events', 418, { 'content-type': 'application/json' }, ok)).toMatch(/status 418 is not among/);
    expect(checker.check('POST', '/v1/events', 503, { 'content-type': 'application/json' }, JSON.stringify({ error: 'unavailable', reason: 'x' }))).toBe(
      'required header Retry-After missing',
    );
    expect(checker.check('POST', '/v1/events', 200, { 'content-type': 'text/plain' }, ok)).toMatch(/content type text\/plain/);
    expect(checker.check('POST', '/v1/events', 200, { 'content-type': 'application/json' }, JSON.stringify({ ackSeq: -1 }))).toMatch(/must/);
    expect(checker.check('POST', '/v1/events', 409, { 'content-type': 'application/json' }, JSON.stringify({ error: 'seq-conflict' }))).toMatch(/reason/);
    // A path the document does not describe is not the document's to judge.
    expect(checker.check('GET', '/officer', 200, { 'content-type': 'text/html' }, '<p>')).toBeNull();
  });
});

describe.each(BACKENDS)('answers given before any route runs, on $name', ({ open }) => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;
  let token: string;
  beforeAll(async () => {
    t = await open();
    app = await buildApp({ db: t.db, timeouts: { headersMs: 300, requestMs: 600 } });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    const [pc] = await siteWithPcs(t.db, 'raw-site', 1);
    token = pc!.token;
    must(pc!.sim.issue(at(0), DAY, 'council-tax'));
    expect(
      (
        await fetch(`${base}/v1/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ events: own(pc!.sim) }),
        })
      ).status,
    ).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  const conforms = async (method: string, template: string, res: Response) =>
    checker.check(method, template, res.status, Object.fromEntries(res.headers), await res.text());

  it('headers too large (431), a path parameter too long (414) and a compressed body (415) are documented ErrorBody answers', async () => {
    const big = await fetch(`${base}/v1/events?after=${'1'.repeat(20_000)}`, { headers: { authorization: `Bearer ${token}` } });
    expect(big.status).toBe(431);
    expect(await conforms('GET', '/v1/events', big)).toBeNull();
    const long = await fetch(`${base}/v1/days/${'2'.repeat(200)}/verification`, { headers: { authorization: `Bearer ${token}` } });
    expect(long.status).toBe(414);
    expect(await conforms('GET', '/v1/days/:day/verification', long)).toBeNull();
    const gzip = await fetch(`${base}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: '{}',
    });
    expect(gzip.status).toBe(415);
    expect(await conforms('POST', '/v1/events', gzip)).toBeNull();
  });
});
