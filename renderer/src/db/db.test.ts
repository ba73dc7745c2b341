// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_NEEDS } from '../../../shared/events/schema';
import { SimDevice } from '../../../shared/testing/sim-device';
import { ALL_SKILLS, DAY, OPEN, at, must, unwrap } from '../../../shared/testing/scenario';
import { foldAll } from '../../../shared/tickets/fold';
import { isTicketEvent } from '../../../shared/events/schema';
import { ReceptionDb, toWire } from './database';
import { deskCommand, issueTicket, ticketCommand } from './commands';
import { callNext } from './call-next';
import { mergeRemoteEvents } from './merge';
import { MIGRATIONS } from './migrations';
import { testContext } from '../../../test/support/device-context';

const DEVICE = '00000000-0000-4000-8000-0000000000d1';
let n = 0;
const open: ReceptionDb[] = [];
function freshDb(name = `test-${++n}`) {
  const db = new ReceptionDb(name);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function signedOnDesk(db: ReceptionDb, ctx: ReturnType<typeof testContext>, desk = '1') {
  unwrap(await deskCommand(db, ctx, { type: 'signOn', desk, services: ['council-tax', 'housing'], skills: ALL_SKILLS }));
}

describe('the current schema', () => {
  it('creates the log, the projections, meta and the report cache with the indexes sync, the queue and reports need', async () => {
    const db = freshDb();
    await db.open();
    expect(MIGRATIONS.at(-1)!.version).toBe(db.verno);
    const indexes = Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.name, ...t.schema.indexes.map((i) => i.name)].sort()]));
    expect(indexes).toEqual({
      events: ['[deviceId+deviceSeq]', 'hlc', 'id', 'pushed', 'scope'].sort(),
      tickets: ['day', 'id', 'number', 'status'].sort(),
      desks: ['desk'],
      meta: ['key'],
      reportDays: ['day'],
    });
  });
});

describe('commands', () => {
  it('issue writes the event, the ticket and the device position together', async () => {
    const db = freshDb();
    const ctx = testContext(DEVICE, at(0));
    const t = unwrap(await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false }));
    const t2 = unwrap(await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false }));
    expect([t.number, t2.number]).toEqual(['C001', 'C002']);
    const events = await db.events.orderBy('[deviceId+deviceSeq]').toArray();
    expect(events.map((e) => [e.type, e.deviceSeq, e.pushed])).toEqual([
      ['ticket.issued', 1, 0],
      ['ticket.issued', 2, 0],
    ]);
    expect((await db.meta.get('position'))?.value).toMatchObject({ seq: 2 });
    expect(await db.tickets.get(t.id)).toEqual(t);
  });

  it('refuses to write what the endpoint would refuse (a NUL in a name, a clock past 2099), and writes nothing', async () => {
    const db = freshDb();
    const ctx = testContext(DEVICE, at(0));
    const bad = await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false, name: 'Jo\u0000hn' });
    expect(bad).toMatchObject({ ok: false, error: { message: expect.stringContaining('payload.name') } });
    const future = testContext(DEVICE, Date.UTC(2100, 0, 2));
    expect((await issueTicket(db, future, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false })).ok).toBe(false);
    expect(await db.events.count()).toBe(0);
    expect(await db.tickets.count()).toBe(0);
    // The next good command takes the first number: nothing was used up by the refusals.
    expect(unwrap(await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false })).number).toBe('C001');
  });

  it('never gives a sequence number or a ticket number twice, even when the rows that count them are lost', async () => {
    const db = freshDb();
    const ctx = testContext(DEVICE, at(0));
    unwrap(await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false }));
    unwrap(await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false }));
    // As after a browser threw its damaged database away and the log came back from the endpoint.
    await db.meta.clear();
    const third = unwrap(await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false }));
    expect(third.number).toBe('C003');
    const events = await db.events.orderBy('[deviceId+deviceSeq]').toArray();
    expect(events.map((e) => e.deviceSeq)).toEqual([1, 2, 3]);
    expect(events[2]!.hlc > events[1]!.hlc).toBe(true);
  });

  it('a refused command writes nothing', async () => {
    const db = freshDb();
    const ctx = testContext(DEVICE, at(0));
    const t = unwrap(await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false }));
    const r = await ticketCommand(db, ctx, { type: 'complete', ticketId: t.id, desk: '1', outcome: 'resolved', avoidable: null, complaint: null });
    expect(r).toMatchObject({ ok: false, error: { message: 'Sign on at desk 1 first.' } });
    const noDesk = await callNext(db, ctx, '2');
    expect(noDesk).toMatchObject({ ok: false, error: { code: 'desk-not-signed-on' } });
    expect(await db.events.count()).toBe(1);
    expect((await db.meta.get('position'))?.value).toMatchObject({ seq: 1 });
  });

  it('a failure half-way through the transaction leaves neither event nor ticket', async () => {
    const db = freshDb();
    const ctx = testContext(DEVICE, at(0));
    await db.open();
    const put = vi.spyOn(db.tickets, 'put').mockImplementationOnce(() => Promise.reject(new Error('disk full')) as never);
    await expect(issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false })).rejects.toThrow('disk full');
    put.mockRestore();
    expect(await db.events.count()).toBe(0);
    expect(await db.tickets.count()).toBe(0);
    expect(await db.meta.get('position')).toBeUndefined();
    // And the next ticket still gets C001 and seq 1: nothing was used up.
    const t = unwrap(await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false }));
    expect(t.number).toBe('C001');
  });

  it('a desk with a customer cannot call another, by call next or from the queue (the out-of-turn race)', async () => {
    const db = freshDb();
    const ctx = testContext(DEVICE, at(0));
    await signedOnDesk(db, ctx);
    const r1 = unwrap(await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false }));
    const c4 = unwrap(await issueTicket(db, ctx, { serviceId: 'housing', needs: NO_NEEDS, priority: false }));
    // The advisor opens the out-of-turn form on the second customer, then presses Call next...
    expect(unwrap(await callNext(db, ctx, '1')).ticket.id).toBe(r1.id);
    // ...and then submits the form: refused, and nothing written.
    const before = await db.events.count();
    const late = await ticketCommand(db, ctx, { type: 'call', ticketId: c4.id, desk: '1', outOfTurnReason: 'asked for' });
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'customer-in-hand', message: 'Desk 1 has called C 001. Finish, transfer or return your current customer first.' },
    });
    expect(await db.events.count()).toBe(before);
    expect(await db.tickets.get(c4.id)).toMatchObject({ status: 'waiting' });
    expect((await callNext(db, ctx, '1')).ok).toBe(false);
  });

  it('two calls to one desk at the same moment (Call next and the out-of-turn form): exactly one customer is called', async () => {
    const db = freshDb();
    const ctx = testContext(DEVICE, at(0));
    await signedOnDesk(db, ctx);
    unwrap(await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false }));
    const other = unwrap(await issueTicket(db, ctx, { serviceId: 'housing', needs: NO_NEEDS, priority: false }));
    const [next, outOfTurn] = await Promise.all([
      callNext(db, ctx, '1'),
      ticketCommand(db, ctx, { type: 'call', ticketId: other.id, desk: '1', outOfTurnReason: 'asked for' }),
    ]);
    expect([next.ok, outOfTurn.ok].filter(Boolean)).toHaveLength(1);
    const atDesk = await db.tickets.where('status').anyOf('called', 'serving').toArray();
    expect(atDesk.map((t) => t.desk)).toEqual(['1']);
  });

  it('call next takes the earliest deadline the desk can serve', async () => {
    const db = freshDb();
    const ctx = testContext(DEVICE, at(0));
    await signedOnDesk(db, ctx);
    unwrap(await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false }));
    ctx.advance(3);
    const priority = unwrap(await issueTicket(db, ctx, { serviceId: 'housing', needs: NO_NEEDS, priority: true }));
    ctx.advance(1);
    const called = unwrap(await callNext(db, ctx, '1')).ticket;
    expect(called).toMatchObject({ id: priority.id, status: 'called', desk: '1' });
    expect(await callNext(db, ctx, '1')).toMatchObject({ ok: false, error: { code: 'customer-in-hand' } });
  });

  it('survives closing and reopening the database (a reload or a restart)', async () => {
    const name = `reopen-${++n}`;
    const first = new ReceptionDb(name);
    const ctx = testContext(DEVICE, at(0));
    const t = unwrap(await issueTicket(first, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false }));
    first.close();
    const again = freshDb(name);
    expect(await again.tickets.get(t.id)).toEqual(t);
    const next = unwrap(await issueTicket(again, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false }));
    expect(next.number).toBe('C002');
    expect((await again.events.toArray()).map((e) => e.deviceSeq).sort()).toEqual([1, 2]);
  });

  it('refuses to write over an unreadable position row rather than restart the sequence', async () => {
    const db = freshDb();
    await db.meta.put({ key: 'position', value: { seq: 'lots' } });
    await expect(issueTicket(db, testContext(DEVICE, at(0)), { serviceId: 'council-tax', needs: NO_NEEDS, priority: false })).rejects.toThrow(
      /position is unreadable/,
    );
    expect(await db.events.count()).toBe(0);
  });
});

describe('merging events from other PCs', () => {
  it('adds by id, skips what it holds, and re-folds to the same state the domain core computes', async () => {
    const db = freshDb();
    const ctx = testContext(DEVICE, at(0));
    const mine = unwrap(await issueTicket(db, ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false }));
    await signedOnDesk(db, ctx, '1');

    const other = new SimDevice('00000000-0000-4000-8000-0000000000d2', 'test-site', { slot: 1, slots: 2 });
    other.merge((await db.events.toArray()).map(toWire), at(0));
    must(other.desk(OPEN, { type: 'signOn', desk: '2', services: ['council-tax'], skills: ALL_SKILLS }));
    must(other.run(at(1), { type: 'call', ticketId: mine.id, desk: '2' }));
    const theirs = must(other.issue(at(2), DAY, 'council-tax'));
    const remote = [...other.log.values()];

    // Meanwhile desk 1 on this PC also called C 001, a little later, while apart.
    ctx.advance(1.5);
    unwrap(await ticketCommand(db, ctx, { type: 'call', ticketId: mine.id, desk: '1' }));

    const first = await mergeRemoteEvents(db, JSON.parse(JSON.stringify(remote)));
    expect(first).toMatchObject({ added: remote.length - 2, refused: [] });
    const replay = await mergeRemoteEvents(db, remote);
    expect(replay).toMatchObject({ added: 0, skipped: remote.length });

    const merged = await db.tickets.get(mine.id);
    expect(merged).toMatchObject({ status: 'called', desk: '2' });
    expect(merged!.conflicts).toEqual([expect.objectContaining({ desk: '1', winnerDesk: '2', deviceId: DEVICE })]);
    expect((await db.tickets.get(theirs.id))?.number).toBe('C002');
    expect((await db.desks.get('2'))?.status).toBe('open');

    const all = (await db.events.toArray()).map(toWire).filter(isTicketEvent);
    expect(new Map((await db.tickets.toArray()).map((t) => [t.id, t]))).toEqual(foldAll(all));
  });

  it('refuses malformed events with a reason and stores none of them', async () => {
    const db = freshDb();
    const r = await mergeRemoteEvents(db, [{ id: 'x' }, 42]);
    expect(r.added).toBe(0);
    expect(r.refused).toHaveLength(2);
    expect(await db.events.count()).toBe(0);
  });
});
