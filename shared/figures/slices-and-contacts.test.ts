import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG } from '../config/site-config';
import { SimDevice } from '../testing/sim-device';
import { ALL_SKILLS, DAY, OPEN, at, must, site } from '../testing/scenario';
import { complaintPolicyOf, complaints, contactFigures, DEFAULT_COMPLAINT_POLICY } from './contacts';
import { figureTicketOf } from './figure-ticket';
import type { FigureTicket } from './figure-ticket';
import { computeFigures, inDayRange, sliceFigures, sliceKey } from './figures';
import { timingInaccurate, verdict } from './service-level';
import { namesOf, sliceLabel } from '../reports/labels';
import { holidayCalendar } from '../calendar/working-days';
import { scottishSite } from '../testing/scottish-site';

const opts = { asOf: at(600), targetPercent: 80, complaintPolicy: DEFAULT_COMPLAINT_POLICY };

function served(s: ReturnType<typeof site>, issuedAt: number, wait: number, desk = '1') {
  const t = s.issue(issuedAt);
  s.call(issuedAt + wait, t, desk, 'test order');
  s.serve(issuedAt + wait, t, desk);
  return t;
}

describe('slices', () => {
  it('by day and by site put each ticket under its own day and site', () => {
    const a = site();
    const monday = a.ticket(served(a, 0, 3));
    const tuesday = { ...a.ticket(served(a, 5, 3, '2')), id: 'tue', day: '2026-11-24' };
    const elsewhere = { ...monday, id: 'b', siteId: 'leyland' };
    const tickets = [monday, tuesday, elsewhere];
    expect(sliceFigures(tickets, 'day', opts).map((x) => [x.key, x.figures.tickets])).toEqual([
      ['2026-11-23', 2],
      ['2026-11-24', 1],
    ]);
    expect(sliceFigures(tickets, 'site', opts).map((x) => [x.key, x.figures.tickets])).toEqual([
      ['leyland', 1],
      ['test-site', 2],
    ]);
  });

  it('by desk: the desk that answered the first call, else the desk that finished, else “(not served)”', () => {
    const s = site();
    const transferred = s.issue(0);
    s.call(1, transferred, '1');
    s.serve(1, transferred, '1');
    s.transfer(3, transferred, 'housing', '1');
    s.call(4, transferred, '2');
    s.serve(4, transferred, '2');
    s.finish(6, transferred, '2');
    const waiting = s.ticket(s.issue(2));
    expect(sliceKey(s.ticket(transferred), 'desk')).toBe('1');
    expect(sliceKey(waiting, 'desk')).toBe('(not served)');
    const oddlyCompleted = { ...s.ticket(transferred), segments: [{ ...s.ticket(transferred).segments[0]!, answeredCall: undefined }] };
    expect(sliceKey(oddlyCompleted, 'desk')).toBe('2');
  });

  it('a period includes its first and last days and nothing either side', () => {
    const s = site();
    const t = s.ticket(s.issue(0));
    const days = ['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25'].map((day, i) => ({ ...t, id: String(i), day }));
    expect(inDayRange(days, '2026-11-23', '2026-11-24').map((x) => x.day)).toEqual(['2026-11-23', '2026-11-24']);
  });
});

describe('waits summarised', () => {
  it('leave out tickets never called, and tickets cancelled even after they were served', () => {
    const s = site();
    served(s, 0, 4);
    s.issue(1);
    const cancelledAtDesk = served(s, 2, 9, '2');
    s.cancel(12, cancelledAtDesk);
    const f = computeFigures([...s.pc.tickets.values()], opts);
    expect(f.firstWait).toMatchObject({ count: 1, medianMs: 4 * 60_000 });
    expect(f.serviceLevel.excluded.cancelled).toBe(1);
  });
});

describe('timing that runs backwards, at the edges', () => {
  it('a call, a start or a close at the very moment of issue is not inaccurate; a millisecond before is', () => {
    const s = site();
    const t = s.ticket(served(s, 0, 0));
    expect(timingInaccurate(t)).toBe(false);
    const seg = t.segments[0]!;
    expect(timingInaccurate({ ...t, segments: [{ ...seg, servingStartedAt: seg.queuedAt }] })).toBe(false);
    expect(timingInaccurate({ ...t, segments: [{ ...seg, servingStartedAt: seg.queuedAt - 1 }] })).toBe(true);
    expect(timingInaccurate({ ...t, closedAt: t.issuedAt })).toBe(false);
    expect(timingInaccurate({ ...t, closedAt: t.issuedAt - 1 })).toBe(true);
    expect(timingInaccurate({ ...t, segments: [{ ...seg, calls: [{ ...seg.calls[0]!, at: seg.queuedAt - 1 }] }] })).toBe(true);
  });
});

describe('a customer called but not yet at the desk, live', () => {
  it('first called after the standard and still not there: a miss', () => {
    const s = site();
    const t = s.issue(0);
    s.call(12, t);
    expect(verdict(s.ticket(t), at(13))).toEqual({ kind: 'missed' });
  });

  it('first called at exactly the standard and still not there: pending', () => {
    const s = site();
    const t = s.issue(0);
    s.call(10, t);
    expect(verdict(s.ticket(t), at(13))).toEqual({ kind: 'excluded', why: 'pending' });
  });
});

describe('contacts', () => {
  it('count out-of-turn calls, and only completed contacts', () => {
    const s = site();
    const a = s.issue(0);
    const b = s.issue(1);
    const c = s.issue(2);
    s.call(3, b, '1', 'booked appointment');
    s.call(4, c, '3', 'urgent');
    s.call(5, a, '2');
    s.serve(5, b, '1');
    s.finish(8, b, '1');
    const f = contactFigures(s.pc.tickets.values());
    expect(f.outOfTurnCalls).toBe(2);
    expect(f.completed).toBe(1);
    expect(f.outcomes.resolved).toBe(1);
  });

  it('list complaints by the day raised, then by number, whatever order they come in', () => {
    const s = site();
    must(s.pc.desk(OPEN, { type: 'signOn', desk: '4', services: DEFAULT_SITE_CONFIG.services.map((x) => x.id), skills: ALL_SKILLS }));
    let desk = 0;
    // Each at a desk of its own: a desk holds one customer at a time.
    const make = (number: string, day: string) => ({
      ...s.ticket(served(s, 0, 1, String((desk++ % 4) + 1))),
      id: number,
      number,
      status: 'completed' as const,
      completion: { at: Date.parse(`${day}T10:00:00Z`), desk: '1', outcome: 'resolved' as const, avoidable: null, complaint: { directorate: 'Finance' } },
    });
    const four = [make('C002', '2026-11-24'), make('H001', '2026-11-23'), make('C001', '2026-11-24'), make('B003', '2026-11-25')];
    const expected = [
      ['2026-11-23', 'H001'],
      ['2026-11-24', 'C001'],
      ['2026-11-24', 'C002'],
      ['2026-11-25', 'B003'],
    ];
    const orders = [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [2, 0, 3, 1],
      [1, 3, 0, 2],
      [0, 2, 1, 3],
    ];
    for (const order of orders) {
      expect(
        complaints(
          order.map((i) => four[i]!),
          DEFAULT_COMPLAINT_POLICY,
        ).list.map((c) => [c.raisedDay, c.number]),
      ).toEqual(expected);
    }
  });

  it('list complaints by the day raised, then by number, with due dates by the site’s own calendar', () => {
    const s = site();
    const tickets = [0, 1, 2].map((m) => served(s, m, 1, String(m + 1)));
    s.finish(24 * 60 + 10, tickets[0]!, '1', { complaint: { directorate: 'Housing' } }); // Tuesday
    s.finish(20, tickets[2]!, '3', { complaint: { directorate: 'Finance' } }); // Monday
    s.finish(15, tickets[1]!, '2', { complaint: { directorate: 'Finance' } }); // Monday
    s.issue(30);
    const list = complaints([...s.pc.tickets.values()].reverse(), DEFAULT_COMPLAINT_POLICY);
    expect(list.list.map((c) => [c.raisedDay, c.number])).toEqual([
      ['2026-11-23', 'C002'],
      ['2026-11-23', 'C003'],
      ['2026-11-24', 'C001'],
    ]);
    expect(list.byDirectorate).toEqual({ Finance: 2, Housing: 1 });
    const closedMonday = complaintPolicyOf({ holidayRegion: 'scotland', extraClosedDays: ['2026-11-27'] });
    expect(complaints([s.ticket(tickets[1]!)], closedMonday).list[0]).toMatchObject({ acknowledgeBy: '2026-12-02', respondBy: '2026-12-09' });
    expect(closedMonday.acknowledgeWorkingDays).toBe(5);
  });

  it('a raised day that is not a date at all is an error, not “not known”', () => {
    const s = site();
    const t = s.ticket(served(s, 0, 1));
    const broken = {
      ...t,
      status: 'completed' as const,
      completion: { at: 8.64e15, desk: '1', outcome: 'resolved' as const, avoidable: null, complaint: { directorate: 'Finance' } },
    };
    expect(() => complaints([broken], DEFAULT_COMPLAINT_POLICY)).toThrow(RangeError);
  });
});

describe('compliments', () => {
  it('are counted by the directorate they were about, beside complaints, and an unknown directorate is refused', () => {
    const s = site();
    const praise = [
      ['Finance', 'Housing'],
      ['Housing', null],
      ['Finance', 'Finance'],
    ] as const;
    praise.forEach(([compliment, complaint], i) => {
      const t = served(s, i, 1);
      s.finish(i + 3, t, '1', {
        compliment: { directorate: compliment, summary: i === 1 ? '   ' : ' kind ' },
        complaint: complaint ? { directorate: complaint } : null,
      });
    });
    const unsummarised = served(s, 4, 1);
    s.finish(7, unsummarised, '1', { compliment: { directorate: 'Housing' } });
    const plain = served(s, 5, 1);
    s.finish(8, plain, '1');
    const f = computeFigures([...s.pc.tickets.values()], opts);
    expect(f.compliments).toBe(4);
    expect(f.complimentsByDirectorate).toEqual({ Finance: 2, Housing: 2 });
    expect(f.complaintsByDirectorate).toEqual({ Housing: 1, Finance: 1 });
    const stored = [...s.pc.log.values()].find((e) => e.type === 'ticket.completed');
    expect(stored?.payload).toMatchObject({ compliment: { directorate: 'Finance', summary: 'kind' } });
    const blank = [...s.pc.log.values()].filter((e) => e.type === 'ticket.completed').map((e) => e.payload);
    // A summary of spaces, or none, is no summary.
    expect(blank[1]).toMatchObject({ compliment: { directorate: 'Housing' } });
    expect((blank[1] as { compliment: object }).compliment).not.toHaveProperty('summary');
    expect((blank[3] as { compliment: object }).compliment).toEqual({ directorate: 'Housing' });
    const plainEvent = [...s.pc.log.values()].find((e) => e.type === 'ticket.completed' && e.ticketId === plain.id);
    expect(plainEvent?.payload).not.toHaveProperty('compliment');
    const t = served(s, 20, 1, '2');
    const refused = s.pc.run(at(25), {
      type: 'complete',
      ticketId: t.id,
      desk: '2',
      outcome: 'resolved',
      avoidable: null,
      complaint: null,
      compliment: { directorate: 'Parks' },
    });
    expect(refused).toMatchObject({ message: 'Choose the directorate the compliment is about.' });
  });
});

describe('slices by week, month and financial quarter', () => {
  it('put each ticket under the period it falls in, labelled as a council reads it', () => {
    const s = site();
    const base = s.ticket(served(s, 0, 3));
    const on = (day: string, id: string) => ({ ...base, id, day });
    // Sunday 29 Nov is in the week from Monday 23 Nov; Monday 30 Nov starts the next; 1 Dec is a new month; 1 Jan a new quarter (Q4).
    const tickets = [on('2026-11-23', 'a'), on('2026-11-29', 'b'), on('2026-11-30', 'c'), on('2026-12-01', 'd'), on('2027-01-04', 'e')];
    const keys = (by: 'week' | 'month' | 'quarter') =>
      sliceFigures(tickets, by, opts).map((x) => [x.key, sliceLabel(by, x.key, namesOf(DEFAULT_SITE_CONFIG)), x.figures.tickets]);
    expect(keys('week')).toEqual([
      ['2026-11-23', 'Week beginning 2026-11-23', 2],
      ['2026-11-30', 'Week beginning 2026-11-30', 2],
      ['2027-01-04', 'Week beginning 2027-01-04', 1],
    ]);
    expect(keys('month')).toEqual([
      ['2026-11-01', '2026-11', 3],
      ['2026-12-01', '2026-12', 1],
      ['2027-01-01', '2027-01', 1],
    ]);
    expect(keys('quarter')).toEqual([
      ['2026-10-01', 'Q3 2026/27', 4],
      ['2027-01-01', 'Q4 2026/27', 1],
    ]);
  });
});

describe('the slim ticket the report cache keeps', () => {
  it('keeps a customer’s needs, only when there are some, so the figures by need are the same from the cache', () => {
    const pc = new SimDevice('00000000-0000-4000-8000-0000000000ab', 'test-site', { slot: 0, slots: 1 }, DEFAULT_SITE_CONFIG, 4);
    const bsl = must(pc.issue(at(0), DAY, 'council-tax', { needs: { bsl: true, wheelchair: false, hearingLoop: true, language: 'pl' } }));
    const plain = must(pc.issue(at(1), DAY, 'council-tax'));
    expect(figureTicketOf(pc.tickets.get(bsl.id)!).needs).toEqual({ bsl: true, wheelchair: false, hearingLoop: true, language: 'pl' });
    expect('needs' in figureTicketOf(pc.tickets.get(plain.id)!)).toBe(false);
    // A priority customer's ordinary standard goes with them into the cache: the headline judges them by it.
    expect(figureTicketOf({ ...pc.tickets.get(plain.id)!, priority: true, ordinaryStandardMinutes: 10 }).ordinaryStandardMinutes).toBe(10);
    expect('ordinaryStandardMinutes' in figureTicketOf(pc.tickets.get(plain.id)!)).toBe(false);
    const full = [...pc.tickets.values()];
    const opts = { asOf: at(30), targetPercent: 80, complaintPolicy: DEFAULT_COMPLAINT_POLICY };
    const byNeed = (ts: readonly FigureTicket[]) => sliceFigures(ts, 'need', opts).map((s) => [s.key, s.figures.tickets]);
    expect(byNeed(full.map(figureTicketOf))).toEqual([
      ['bsl', 1],
      ['hearingLoop', 1],
      ['interpreter', 1],
      ['none', 1],
    ]);
    expect(byNeed(full.map(figureTicketOf))).toEqual(byNeed(full));
  });

  it('keeps what the figures read and nothing personal, and gives the same figures', () => {
    const pc = new SimDevice('00000000-0000-4000-8000-0000000000aa', 'test-site', { slot: 0, slots: 1 }, DEFAULT_SITE_CONFIG, 3);
    for (const desk of ['1', '2']) must(pc.desk(at(0), { type: 'signOn', desk, services: DEFAULT_SITE_CONFIG.services.map((x) => x.id), skills: ALL_SKILLS }));
    const first = must(pc.issue(at(0), DAY, 'council-tax')); // C001 waits: C002 is called out of turn
    const t = must(pc.issue(at(0), DAY, 'council-tax', { name: 'Jo Bloggs' }));
    must(pc.run(at(2), { type: 'call', ticketId: t.id, desk: '1', outOfTurnReason: 'appointment' }));
    must(pc.run(at(3), { type: 'startServing', ticketId: t.id, desk: '1' }));
    must(pc.run(at(5), { type: 'transfer', ticketId: t.id, desk: '1', toServiceId: 'housing' }));
    must(pc.run(at(9), { type: 'call', ticketId: t.id, desk: '2', outOfTurnReason: 'after a transfer' }));
    must(pc.run(at(10), { type: 'startServing', ticketId: t.id, desk: '2' }));
    const done = {
      type: 'complete' as const,
      ticketId: t.id,
      desk: '2',
      outcome: 'referred' as const,
      avoidable: { reasonId: 'other', note: 'asked twice' },
      complaint: { directorate: 'Housing', summary: 'no reply' },
      compliment: { directorate: 'Finance', summary: 'thanked the last advisor by name' },
      note: 'private',
    };
    must(pc.run(at(12), done));
    must(pc.run(at(12.5), { type: 'giveFeedback', ticketId: t.id, answer: { satisfaction: 2, recommend: 'no', comment: 'Jo was kept waiting' } }));
    const waiting = must(pc.issue(at(4), DAY, 'benefits'));
    const full = pc.tickets.get(t.id)!;
    const slim = figureTicketOf(full);
    // Strict: a slim ticket carries no undefined keys (they would cost space in every cached day).
    expect(slim).toStrictEqual({
      id: full.id,
      siteId: 'test-site',
      number: 'C002',
      day: DAY,
      priority: false,
      issuedAt: at(0),
      status: 'completed',
      timingInaccurate: false,
      closedAt: at(12),
      segments: [
        {
          serviceId: 'council-tax',
          standardMinutes: 10,
          queuedAt: at(0),
          calls: [{ at: at(2), desk: '1', outOfTurnReason: 'appointment' }],
          answeredCall: { at: at(2), desk: '1', outOfTurnReason: 'appointment' },
          servingStartedAt: at(3),
        },
        {
          serviceId: 'housing',
          standardMinutes: 10,
          queuedAt: at(5),
          calls: [{ at: at(9), desk: '2', outOfTurnReason: 'after a transfer' }],
          answeredCall: { at: at(9), desk: '2', outOfTurnReason: 'after a transfer' },
          servingStartedAt: at(10),
        },
      ],
      completion: {
        at: at(12),
        desk: '2',
        outcome: 'referred',
        avoidable: { reasonId: 'other' },
        complaint: { directorate: 'Housing' },
        compliment: { directorate: 'Finance' },
      },
      feedback: { skipped: false, satisfaction: 2, recommend: 'no' },
    });
    expect(figureTicketOf(pc.tickets.get(waiting.id)!)).toStrictEqual({
      id: waiting.id,
      siteId: 'test-site',
      number: 'B001',
      day: DAY,
      priority: false,
      issuedAt: at(4),
      status: 'waiting',
      timingInaccurate: false,
      segments: [{ serviceId: 'benefits', standardMinutes: 10, queuedAt: at(4), calls: [] }],
    });
    must(pc.run(at(13), { type: 'call', ticketId: first.id, desk: '1' }));
    expect(figureTicketOf(pc.tickets.get(first.id)!).segments[0]!.calls).toStrictEqual([{ at: at(13), desk: '1' }]);
    const all = [...pc.tickets.values()];
    expect(computeFigures(all.map(figureTicketOf), opts)).toEqual(computeFigures(all, opts));
    const plain = { ...full, completion: { ...full.completion!, avoidable: null, complaint: null, compliment: null } };
    expect(figureTicketOf(plain).completion).toEqual({ at: at(12), desk: '2', outcome: 'referred', avoidable: null, complaint: null, compliment: null });
  });
});

describe('complaint due dates by each ticket’s own site and day', () => {
  it('counts working days by the bank holidays of the ticket’s site, where the policy says so per site', () => {
    const scot = new SimDevice('00000000-0000-4000-8000-0000000000ac', 'kirkcaldy', { slot: 0, slots: 1 }, DEFAULT_SITE_CONFIG, 5);
    const eng = new SimDevice('00000000-0000-4000-8000-0000000000ad', 'chorley', { slot: 0, slots: 1 }, DEFAULT_SITE_CONFIG, 6);
    scottishSite(scot);
    scottishSite(eng);
    const tickets = [...scot.tickets.values(), ...eng.tickets.values()];
    const policy = { ...DEFAULT_COMPLAINT_POLICY, calendarFor: (siteId: string) => holidayCalendar(siteId === 'kirkcaldy' ? 'scotland' : 'england-and-wales') };
    const due = complaints(tickets, policy).list.map((c) => [tickets.find((t) => t.id === c.ticketId)!.siteId, c.acknowledgeBy, c.respondBy]);
    expect(due.sort()).toEqual([
      ['chorley', '2026-12-04', '2026-12-11'],
      ['kirkcaldy', '2026-12-07', '2026-12-14'],
    ]);
    // Without a per-site calendar, the policy's own counts for every site.
    expect(complaints(tickets, DEFAULT_COMPLAINT_POLICY).list.map((c) => c.acknowledgeBy)).toEqual(['2026-12-04', '2026-12-04']);
  });
});
