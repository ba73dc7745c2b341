import { describe, expect, it } from 'vitest';
import { NO_SKILLS, at, must, site } from '../testing/scenario';
import { isDomainError } from '../testing/sim-device';
import type { DomainError } from './decide';

const refusal = (x: unknown): DomainError => {
  if (!isDomainError(x)) throw new Error(`expected a refusal, got ${JSON.stringify(x).slice(0, 200)}`);
  return x;
};

describe('a ticket’s life', () => {
  it('goes waiting → called → serving → completed with the outcome recorded', () => {
    const s = site();
    const t = s.issue(0, 'benefits', { name: 'Mrs Patel' });
    expect(t).toMatchObject({ number: 'B001', status: 'waiting', name: 'Mrs Patel' });
    s.call(3, t, '2');
    expect(s.ticket(t)).toMatchObject({ status: 'called', desk: '2' });
    s.serve(4, t, '2');
    s.finish(12, t, '2', { outcome: 'referred', avoidable: { reasonId: 'progress-chasing' }, complaint: { directorate: 'Finance' } });
    expect(s.ticket(t)).toMatchObject({
      status: 'completed',
      closedAt: at(12),
      completion: { outcome: 'referred', desk: '2', avoidable: { reasonId: 'progress-chasing' }, complaint: { directorate: 'Finance' } },
    });
  });

  it('numbers each service from 1 on a single-PC site', () => {
    const s = site();
    expect([s.issue(0).number, s.issue(1).number, s.issue(1, 'housing').number, s.issue(2).number]).toEqual(['C001', 'C002', 'H001', 'C003']);
  });

  it('snapshots the standard at issue, shorter for priority customers', () => {
    const s = site();
    expect(s.issue(0).segments[0]!.standardMinutes).toBe(10);
    expect(s.issue(0, 'council-tax', { priority: true }).segments[0]!.standardMinutes).toBe(5);
  });
});

describe('refusals a receptionist can read', () => {
  it('will not finish a ticket nobody is serving, and writes nothing', () => {
    const s = site();
    const t = s.issue(0);
    const before = s.pc.log.size;
    const r = refusal(s.pc.run(at(1), { type: 'complete', ticketId: t.id, desk: '1', outcome: 'resolved', avoidable: null, complaint: null }));
    expect(r.message).toBe('C 001: only the desk serving the ticket can finish it.');
    expect(s.pc.log.size).toBe(before);
  });

  it('will not call from a desk that is not signed on', () => {
    const s = site();
    const t = s.issue(0);
    expect(refusal(s.pc.run(at(1), { type: 'call', ticketId: t.id, desk: '9' })).message).toBe('Sign on at desk 9 first.');
  });

  it('will not call a ticket another desk already has', () => {
    const s = site();
    const t = s.issue(0);
    s.call(1, t, '1');
    expect(refusal(s.pc.run(at(2), { type: 'call', ticketId: t.id, desk: '2' })).message).toBe('C 001 has already been called to desk 1.');
  });

  it('will not call a completed ticket', () => {
    const s = site();
    const t = s.issue(0);
    s.call(1, t);
    s.serve(1, t);
    s.finish(5, t);
    expect(refusal(s.pc.run(at(6), { type: 'call', ticketId: t.id, desk: '2' })).message).toBe('C 001 is closed (completed).');
  });

  it('will not serve a ticket nobody called', () => {
    const s = site();
    const t = s.issue(0);
    expect(refusal(s.pc.run(at(1), { type: 'startServing', ticketId: t.id, desk: '1' })).message).toBe('C 001: the ticket has not been called.');
  });

  it('asks for a reason to call out of turn, and records it when given', () => {
    const s = site();
    const first = s.issue(0);
    const second = s.issue(1);
    expect(refusal(s.pc.run(at(2), { type: 'call', ticketId: second.id, desk: '1' })).message).toBe(
      'C 002 is not next in line (C 001 is). Give a reason to call it out of turn.',
    );
    s.call(2, second, '1', 'returning customer with documents');
    expect(s.ticket(second).segments[0]!.calls[0]!.outOfTurnReason).toBe('returning customer with documents');
    s.call(3, first, '2');
    expect(s.ticket(first).segments[0]!.calls[0]!.outOfTurnReason).toBeUndefined();
  });

  it('asks why a contact could not be resolved, and for a note on "other"', () => {
    const s = site();
    const t = s.issue(0);
    s.call(1, t);
    s.serve(1, t);
    const base = { type: 'complete' as const, ticketId: t.id, desk: '1', avoidable: null, complaint: null };
    expect(refusal(s.pc.run(at(5), { ...base, outcome: 'unresolved' })).message).toBe('Say why it could not be resolved.');
    expect(refusal(s.pc.run(at(5), { ...base, outcome: 'resolved', avoidable: { reasonId: 'other' } })).message).toBe('Add a note for “Other”.');
    expect(refusal(s.pc.run(at(5), { ...base, outcome: 'resolved', complaint: { directorate: 'Ministry of Magic' } })).message).toBe(
      'Choose the directorate the complaint is about.',
    );
  });

  it('will not sign a desk off with a customer in hand', () => {
    const s = site();
    const t = s.issue(0);
    s.call(1, t);
    expect(refusal(s.pc.desk(at(2), { type: 'signOff', desk: '1' })).message).toMatch(/Finish, transfer or return/);
  });

  it('will not call from a paused desk', () => {
    const s = site();
    const t = s.issue(0);
    must(s.pc.desk(at(1), { type: 'pause', desk: '1', reason: 'break' }));
    expect(refusal(s.pc.run(at(2), { type: 'call', ticketId: t.id, desk: '1' })).message).toBe('Desk 1 is paused. Resume it to call customers.');
  });
});

describe('concurrent calls from PCs that were offline', () => {
  it('the earlier call wins and the losing desk is told who has the customer', async () => {
    const { SimDevice } = await import('../testing/sim-device');
    const s = site();
    const t = s.issue(0);
    const other = new SimDevice('00000000-0000-4000-8000-0000000000aa', 'test-site', { slot: 0, slots: 1 });
    other.merge([...s.pc.log.values()], at(0.5));
    // Offline from each other: desk 1 on the first PC calls at 2:00, desk 2 on the other at 2:05.
    s.call(2, t, '1');
    must(other.run(at(2 + 5 / 60), { type: 'call', ticketId: t.id, desk: '2' }));
    expect(other.tickets.get(t.id)).toMatchObject({ status: 'called', desk: '2' });
    // Back online: both merge both logs.
    s.pc.merge([...other.log.values()], at(3));
    other.merge([...s.pc.log.values()], at(3));
    for (const pc of [s.pc, other]) {
      const merged = pc.tickets.get(t.id)!;
      expect(merged).toMatchObject({ status: 'called', desk: '1' });
      expect(merged.conflicts).toEqual([expect.objectContaining({ type: 'ticket.called', desk: '2', winnerDesk: '1', deviceId: other.deviceId })]);
    }
  });
});

it('desks can only cover what they have skills for (a BSL customer is not offered to a desk without BSL)', () => {
  const s = site();
  must(s.pc.desk(at(0), { type: 'signOn', desk: '4', services: ['council-tax'], skills: NO_SKILLS }));
  const bsl = s.issue(0, 'council-tax', { needs: { bsl: true, wheelchair: false, language: null } });
  const plain = s.issue(1);
  // Desk 4 cannot serve the BSL customer, so its next is the plain ticket; the BSL one would need a reason.
  expect(refusal(s.pc.run(at(2), { type: 'call', ticketId: bsl.id, desk: '4' })).code).toBe('out-of-turn');
  s.call(2, plain, '4');
  expect(s.ticket(plain).desk).toBe('4');
});

describe('a desk holds one customer', () => {
  it('refuses a second call from a desk that has called or is serving someone, next in line or out of turn', () => {
    const s = site();
    const first = s.issue(0);
    const second = s.issue(1, 'housing');
    s.call(2, first, '1');
    expect(refusal(s.pc.run(at(3), { type: 'call', ticketId: second.id, desk: '1', outOfTurnReason: 'urgent' }))).toEqual({
      code: 'customer-in-hand',
      message: 'Desk 1 has called C 001. Finish, transfer or return your current customer first.',
    });
    s.serve(3, first, '1');
    expect(refusal(s.pc.run(at(4), { type: 'call', ticketId: second.id, desk: '1' })).message).toBe(
      'Desk 1 is serving C 001. Finish, transfer or return your current customer first.',
    );
    // Another desk may, and this desk may again once its customer is done.
    s.call(4, second, '2');
    expect(s.ticket(second)).toMatchObject({ status: 'called', desk: '2' });
    s.finish(5, first, '1');
    const third = s.issue(5);
    s.call(6, third, '1');
    expect(s.ticket(third)).toMatchObject({ status: 'called', desk: '1' });
  });
});
