import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_NEEDS } from '../../../shared/events/schema';
import { at } from '../../../shared/testing/scenario';
import { ALL_SKILLS } from '../../../shared/testing/scenario';
import { deskCommand, giveFeedback, issueTicket, ticketCommand } from './commands';
import { callNext } from './call-next';
import { ReceptionDb } from './database';
import { purgeExpiredNames } from './retention';
import { testContext } from '../../../test/support/device-context';

const DAY_MS = 86_400_000;
let db: ReceptionDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

async function namedTickets() {
  db = new ReceptionDb(`retention-${Math.random()}`);
  const ctx = testContext('00000000-0000-4000-8000-00000000aaaa', at(0), 11);
  const old = await issueTicket(db, ctx, { serviceId: 'housing', needs: NO_NEEDS, priority: false, name: 'Ada Lovelace' });
  ctx.advance(40 * 24 * 60); // forty days on
  const recent = await issueTicket(db, ctx, { serviceId: 'housing', needs: NO_NEEDS, priority: false, name: 'Grace Hopper' });
  if (!old.ok || !recent.ok) throw new Error('not issued');
  return { old: old.value, recent: recent.value, now: at(0) + 40 * DAY_MS };
}

describe('purging customer names after the retention period', () => {
  it('keeps a name until its issue has reached the endpoint, then removes it from the ticket and the log', async () => {
    const { old, recent, now } = await namedTickets();
    expect(await purgeExpiredNames(db, now, 30, true)).toBe(0);
    expect((await db.tickets.get(old.id))!.name).toBe('Ada Lovelace');

    await db.events.toCollection().modify({ pushed: 1 });
    expect(await purgeExpiredNames(db, now, 30, true)).toBe(1);
    expect((await db.tickets.get(old.id))!.name).toBeUndefined();
    const logged = await db.events.toArray();
    expect(JSON.stringify(logged)).not.toContain('Ada Lovelace');
    // Younger than the period: kept.
    expect((await db.tickets.get(recent.id))!.name).toBe('Grace Hopper');
    // Everything else about the ticket is as it was.
    expect(await db.tickets.get(old.id)).toMatchObject({ number: old.number, status: 'waiting', issuedAt: old.issuedAt });
  });

  it('on a PC with no endpoint, purges by age alone', async () => {
    const { old, now } = await namedTickets();
    expect(await purgeExpiredNames(db, now, 30, false)).toBe(1);
    expect((await db.tickets.get(old.id))!.name).toBeUndefined();
    expect(await purgeExpiredNames(db, now, 30, false)).toBe(0);
  });

  it('removes a feedback comment the same way, and keeps the answers that the figures read', async () => {
    db = new ReceptionDb(`retention-${Math.random()}`);
    const ctx = testContext('00000000-0000-4000-8000-00000000aaab', at(0), 12);
    const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    must(await deskCommand(db, ctx, { type: 'signOn', desk: '1', services: ['housing'], skills: ALL_SKILLS }));
    const t = must(await issueTicket(db, ctx, { serviceId: 'housing', needs: NO_NEEDS, priority: false }));
    must(await callNext(db, ctx, '1'));
    must(await ticketCommand(db, ctx, { type: 'startServing', ticketId: t.id, desk: '1' }));
    must(await ticketCommand(db, ctx, { type: 'complete', ticketId: t.id, desk: '1', outcome: 'resolved', avoidable: null, complaint: null }));
    must(await giveFeedback(db, ctx, t.id, { satisfaction: 2, recommend: 'no', comment: 'Ask for Jo Bloggs at 12 Mill Lane' }));
    const now = at(0) + 40 * DAY_MS;
    expect(await purgeExpiredNames(db, now, 30, true)).toBe(0);
    await db.events.toCollection().modify({ pushed: 1 });
    expect(await purgeExpiredNames(db, now, 30, true)).toBe(1);
    expect(JSON.stringify(await db.events.toArray())).not.toContain('Mill Lane');
    expect((await db.tickets.get(t.id))!.feedback).toEqual({
      at: expect.any(Number),
      desk: '1',
      skipped: false,
      satisfaction: 2,
      recommend: 'no',
      comment: undefined,
    });
  });
});
