import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { CLAIM_HOLD_MS } from '../../shared/queue/claims';
import { ClaimAnswer, ErrorBody, ROUTES } from '../../shared/sync/wire';
import { buildApp } from '../http/app';
import { dropOldClaims } from '../db/retention';
import { BACKENDS } from '../../test/support/server-backends';
import type { TestDb } from '../../test/support/server-backends';
import { call, siteWithPcs } from '../../test/support/server-world';

const T0 = Date.UTC(2026, 11, 7, 9, 0);
const ticket = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe.each(BACKENDS)('call claims on $name', ({ open }) => {
  let t: TestDb;
  let app: FastifyInstance;
  let clock = T0;
  let pcs: Awaited<ReturnType<typeof siteWithPcs>>;
  let other: Awaited<ReturnType<typeof siteWithPcs>>;

  beforeAll(async () => {
    t = await open();
    app = await buildApp({ db: t.db, now: () => clock });
    pcs = await siteWithPcs(t.db, 'chorley', 3);
    other = await siteWithPcs(t.db, 'harrow', 1);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  const claim = async (pc: { token: string }, ticketId: string, desk: string, wait = '1.0') => {
    const r = await call(app, 'POST', ROUTES.claims, pc.token, { ticketId, wait, desk });
    return { status: r.status, body: r.status === 200 ? ClaimAnswer.parse(r.json()) : ErrorBody.parse(r.json()) };
  };

  it('gives a wait to exactly one of many desks asking at the same moment, and tells the others who has it', async () => {
    for (let round = 1; round <= 10; round++) {
      const answers = await Promise.all(pcs.map((pc, i) => claim(pc, ticket(round), String(i + 1))));
      const granted = answers.filter((a) => 'granted' in a.body && a.body.granted);
      expect(granted).toHaveLength(1);
      const winner = (granted[0]!.body as ClaimAnswer).desk;
      for (const a of answers) expect(a.body).toMatchObject({ desk: winner });
    }
  });

  it('grants a desk its own claim again (a retry), a new wait of the same customer to anyone, and another site its own', async () => {
    expect((await claim(pcs[0]!, ticket(100), '1')).body).toMatchObject({ granted: true });
    expect((await claim(pcs[0]!, ticket(100), '1')).body).toMatchObject({ granted: true });
    expect((await claim(pcs[1]!, ticket(100), '2')).body).toMatchObject({ granted: false, desk: '1' });
    // The same desk number on another PC is another desk's press.
    expect((await claim(pcs[1]!, ticket(100), '1')).body).toMatchObject({ granted: false, desk: '1' });
    // Sent back to the queue, the customer waits again: a new wait.
    expect((await claim(pcs[1]!, ticket(100), '2', '1.1')).body).toMatchObject({ granted: true });
    expect((await claim(other[0]!, ticket(100), '7')).body).toMatchObject({ granted: true });
  });

  it('lets another desk have the customer once a claim has held them for the hold time without a call', async () => {
    expect((await claim(pcs[0]!, ticket(200), '1')).body).toMatchObject({ granted: true });
    clock += CLAIM_HOLD_MS - 1;
    expect((await claim(pcs[1]!, ticket(200), '2')).body).toMatchObject({ granted: false, desk: '1' });
    clock += 1;
    expect((await claim(pcs[1]!, ticket(200), '2')).body).toMatchObject({ granted: true, desk: '2' });
    expect((await claim(pcs[0]!, ticket(200), '1')).body).toMatchObject({ granted: false, desk: '2' });
  });

  it('refuses a malformed claim with a reason, and one without a token', async () => {
    for (const bad of [
      { ticketId: 'C001', wait: '1.0', desk: '1' },
      { ticketId: ticket(1), wait: '1', desk: '1' },
      { ticketId: ticket(1), wait: '1.0', desk: '' },
      { ticketId: ticket(1), wait: '1.0', desk: '12345678901' },
      { ticketId: ticket(1), wait: '1.0', desk: '1', extra: true },
      { ticketId: ticket(1), wait: '1.0', desk: '1\u0000' },
      { ticketId: ticket(1), wait: '1.0', desk: '\ud800' },
      { ticketId: ticket(1), wait: '1.0\u0000', desk: '1' },
    ]) {
      const r = await call(app, 'POST', ROUTES.claims, pcs[0]!.token, bad);
      expect(r.status).toBe(400);
      expect(ErrorBody.parse(r.json()).reason).not.toBe('');
    }
    expect((await call(app, 'POST', ROUTES.claims, undefined, { ticketId: ticket(1), wait: '1.0', desk: '1' })).status).toBe(401);
  });

  it('drops claims a day old at the retention turn, and keeps today’s', async () => {
    const before = Number((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM call_claims')).rows[0]!.n);
    expect(await dropOldClaims(t.db, clock + 86_400_000 - 60_000)).toBe(0);
    expect(await dropOldClaims(t.db, clock + 86_400_000 + 1)).toBe(before);
  });
});
