// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_NEEDS } from '../../../shared/events/schema';
import { mayClaim } from '../../../shared/queue/claims';
import type { HeldClaim } from '../../../shared/queue/claims';
import { ALL_SKILLS, at, unwrap } from '../../../shared/testing/scenario';
import { ReceptionDb, toWire } from './database';
import { deskCommand, issueTicket, ticketCommand } from './commands';
import { callNext } from './call-next';
import type { ClaimCall } from './call-next';
import { mergeRemoteEvents } from './merge';
import { testContext } from '../../../test/support/device-context';

/**
 * Two desk PCs pressing Call next together, with the endpoint's claim between them
 * (shared/queue/claims.ts): online, never the same customer twice, and every press ends in a call.
 */
const PC_A = '00000000-0000-4000-8000-0000000000a1';
const PC_B = '00000000-0000-4000-8000-0000000000b2';
let n = 0;
const open: ReceptionDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** The endpoint's compare-and-set, in memory: the rule is shared/queue/claims.ts's, as at the endpoint. */
function arbiter(now: () => number) {
  const held = new Map<string, HeldClaim>();
  let asked = 0;
  const forPc =
    (deviceId: string): ClaimCall =>
    async (ticket, wait, desk) => {
      asked++;
      // A network round trip: the other desk's press runs meanwhile.
      await new Promise((r) => setTimeout(r, 1));
      const key = `${ticket.id}/${wait}`;
      if (!mayClaim(held.get(key), desk, deviceId, now())) return { kind: 'refused', desk: held.get(key)!.desk };
      held.set(key, { desk, deviceId, claimedAt: now() });
      return { kind: 'granted' };
    };
  return { forPc, asked: () => asked };
}

async function twoPcs(waiting: number) {
  const a = new ReceptionDb(`claims-a-${++n}`);
  const b = new ReceptionDb(`claims-b-${n}`);
  open.push(a, b);
  const ctxA = testContext(PC_A, at(0), 1);
  const ctxB = testContext(PC_B, at(0), 2);
  for (let i = 0; i < waiting; i++) unwrap(await issueTicket(a, ctxA, { serviceId: i % 2 ? 'housing' : 'council-tax', needs: NO_NEEDS, priority: false }));
  unwrap(await deskCommand(a, ctxA, { type: 'signOn', desk: '1', services: ['council-tax', 'housing'], skills: ALL_SKILLS }));
  unwrap(await deskCommand(b, ctxB, { type: 'signOn', desk: '2', services: ['council-tax', 'housing'], skills: ALL_SKILLS }));
  await exchange(a, b);
  return { a, b, ctxA, ctxB };
}

/** The PCs hear each other (the endpoint's pull, both ways). */
async function exchange(a: ReceptionDb, b: ReceptionDb) {
  const fromA = (await a.events.toArray()).map(toWire);
  const fromB = (await b.events.toArray()).map(toWire);
  await mergeRemoteEvents(b, fromA);
  await mergeRemoteEvents(a, fromB);
}

describe('two desks pressing Call next at the same moment, offline (each PC deciding alone)', () => {
  it('choose apart while each PC knows the other desk is free: desk 1 the head, desk 2 the next', async () => {
    const { a, b, ctxA, ctxB } = await twoPcs(3);
    const [ra, rb] = await Promise.all([callNext(a, ctxA, '1'), callNext(b, ctxB, '2')]);
    expect([unwrap(ra).ticket.number, unwrap(rb).ticket.number]).toEqual(['C001', 'H001']);
    await exchange(a, b);
    expect((await a.tickets.toArray()).flatMap((t) => t.conflicts)).toEqual([]);
  });

  it('does not count a desk left open on another PC since yesterday as free: the desk that presses takes the head', async () => {
    const { b, ctxB } = await twoPcs(2);
    // As PC B knows it, desk 1 on PC A has been open since yesterday: left open, not staffed today.
    await b.desks.update('1', { since: at(0) - 86_400_000 });
    expect(unwrap(await callNext(b, ctxB, '2')).ticket.number).toBe('C001');
  });

  it('on one PC, the desk that presses takes the head whoever else is free there (its desks never race)', async () => {
    const { a, ctxA } = await twoPcs(2);
    unwrap(await deskCommand(a, ctxA, { type: 'signOn', desk: '0', services: ['council-tax', 'housing'], skills: ALL_SKILLS }));
    expect(unwrap(await callNext(a, ctxA, '1')).ticket.number).toBe('C001');
  });
});

describe('two desks pressing Call next at the same moment, online', () => {
  it('take two different customers every time, and the desk passed over says who went where', async () => {
    const { a, b, ctxA, ctxB } = await twoPcs(8);
    const claims = arbiter(() => ctxA.now());
    const called = new Set<string>();
    for (let round = 0; round < 4; round++) {
      const [ra, rb] = await Promise.all([callNext(a, ctxA, '1', claims.forPc(PC_A)), callNext(b, ctxB, '2', claims.forPc(PC_B))]);
      const [va, vb] = [unwrap(ra), unwrap(rb)];
      expect(va.ticket.id).not.toBe(vb.ticket.id);
      // Both chose the same customer from the same view: one was passed over, told where they went.
      expect([...va.passedOver, ...vb.passedOver]).toEqual([{ number: expect.any(String), desk: expect.stringMatching(/^[12]$/) }]);
      called.add(va.ticket.id).add(vb.ticket.id);
      await exchange(a, b);
      // Merged, each ticket is with the one desk that called it, and neither desk lost a call.
      expect(await a.tickets.where('status').equals('called').count()).toBe(2);
      expect((await a.tickets.toArray()).flatMap((t) => t.conflicts)).toEqual([]);
      // Free both desks for the next round: the customers leave (no-show), recorded by their desks.
      unwrap(await ticketCommand(a, ctxA, { type: 'noShow', ticketId: va.ticket.id, desk: '1' }));
      unwrap(await ticketCommand(b, ctxB, { type: 'noShow', ticketId: vb.ticket.id, desk: '2' }));
      await exchange(a, b);
      ctxA.advance(1);
      ctxB.advance(1);
    }
    expect(called.size).toBe(8);
  });

  it('a press whose every choice went elsewhere says so, and calls nobody', async () => {
    const { a, b, ctxA, ctxB } = await twoPcs(1);
    const claims = arbiter(() => ctxA.now());
    unwrap(await callNext(b, ctxB, '2', claims.forPc(PC_B)));
    // Desk 1 has not heard of desk 2's call yet.
    const r = await callNext(a, ctxA, '1', claims.forPc(PC_A));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'queue-empty', message: 'C 001 had just gone to desk 2. Nobody is waiting for the services this desk covers.' },
    });
    expect(await a.tickets.where('status').equals('called').count()).toBe(0);
  });

  it('chooses again when the granted customer was called meanwhile by a PC that was offline till now', async () => {
    const { a, b, ctxA, ctxB } = await twoPcs(2);
    const first = (await a.tickets.toArray()).find((t) => t.number === 'C001')!;
    // Desk 2's PC is offline: it calls C 001 without a claim, and its event reaches desk 1's PC while desk 1's claim is asked.
    unwrap(await ticketCommand(b, ctxB, { type: 'call', ticketId: first.id, desk: '2' }));
    const grantedAfterMerge: ClaimCall = async () => {
      await mergeRemoteEvents(a, (await b.events.toArray()).map(toWire));
      return { kind: 'granted' };
    };
    const r = unwrap(await callNext(a, ctxA, '1', grantedAfterMerge));
    expect(r.ticket.id).not.toBe(first.id);
    expect(await a.tickets.get(first.id)).toMatchObject({ status: 'called', desk: '2', conflicts: [] });
  });

  it('decides alone, asking once, when the endpoint gives no verdict', async () => {
    const { a, ctxA } = await twoPcs(2);
    let asked = 0;
    const down: ClaimCall = async () => {
      asked++;
      return { kind: 'unreachable' };
    };
    const r = unwrap(await callNext(a, ctxA, '1', down));
    expect(r).toMatchObject({ ticket: { number: 'C001', status: 'called', desk: '1' }, passedOver: [] });
    expect(asked).toBe(1);
  });

  it('a paused desk asks for nobody', async () => {
    const { a, ctxA } = await twoPcs(1);
    unwrap(await deskCommand(a, ctxA, { type: 'pause', desk: '1' }));
    const claims = arbiter(() => ctxA.now());
    expect(await callNext(a, ctxA, '1', claims.forPc(PC_A))).toMatchObject({ ok: false, error: { code: 'desk-paused' } });
    expect(claims.asked()).toBe(0);
  });
});
