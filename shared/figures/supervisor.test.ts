import { DEFAULT_COMPLAINT_POLICY } from './contacts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG } from '../config/site-config';
import { ALL_SKILLS, at, must, site } from '../testing/scenario';
import { supervisorView } from './supervisor';

const opts = (minutes: number) => ({ asOf: at(minutes), targetPercent: 80, complaintPolicy: DEFAULT_COMPLAINT_POLICY });

describe('the supervisor’s view', () => {
  it('shows waiting, the longest wait, desks and what each is doing, and the breaches coming', () => {
    const s = site();
    const served = s.issue(0);
    s.call(1, served, '1');
    s.serve(1, served, '1');
    s.finish(6, served, '1', { avoidable: { reasonId: 'progress-chasing' } });
    const atDesk = s.issue(2, 'housing');
    s.call(7, atDesk, '2');
    s.serve(8, atDesk, '2');
    must(s.pc.desk(at(8), { type: 'pause', desk: '3' }));
    s.issue(3);
    s.issue(4, 'housing');
    s.issue(9);
    const v = supervisorView([...s.pc.tickets.values()], [...s.pc.desks.values()], DEFAULT_SITE_CONFIG, opts(10));
    expect(v.waiting).toBe(3);
    expect(v.longestWaitMs).toBe(7 * 60_000);
    expect(v.today.serviceLevel).toMatchObject({ met: 2, counted: 2 });
    expect(v.today.contacts).toMatchObject({ completed: 1, avoidable: 1 });
    expect(v.byService.map((x) => [x.key, x.waiting, x.figures.tickets])).toEqual([
      ['council-tax', 2, 3],
      ['housing', 1, 2],
    ]);
    expect(v.byDesk).toEqual([
      { desk: '1', status: 'open', ticket: null, servedToday: 1, since: expect.any(Number) },
      { desk: '2', status: 'open', ticket: { number: 'H001', state: 'serving', since: at(8) }, servedToday: 1, since: expect.any(Number) },
      { desk: '3', status: 'paused', ticket: null, servedToday: 0, since: at(8) },
    ]);
    // Council Tax takes 5 minutes here (the one finished contact), Housing the default 8; desk 3 is paused.
    // Desk 1 is free at 10 and calls C002 (due 13), free again at 15 and calls H002 (due 14): a minute late.
    // Desk 2 is free at 16 (H001 started at 8) and calls C003 (due 19) in time.
    expect(v.forecast.map((f) => [f.number, f.predictedCallAt, f.lateByMs / 60_000])).toEqual([['H002', at(15), 1]]);
  });

  it('lists a service with no one waiting, desks in number order, what a called desk is doing since when, and arrivals by hour', () => {
    const s = site();
    for (const desk of ['10', '2'])
      must(s.pc.desk(at(0), { type: 'signOn', desk, services: ['council-tax', 'housing', 'benefits'], skills: ALL_SKILLS, takeOver: true }));
    const done = s.issue(0, 'benefits');
    s.call(1, done, '10');
    s.serve(1, done, '10');
    s.finish(4, done, '10');
    const called = s.issue(2, 'housing');
    s.call(5, called, '2');
    s.recall(7, called, '2');
    s.issue(65);
    const v = supervisorView([...s.pc.tickets.values()], [...s.pc.desks.values()].reverse(), DEFAULT_SITE_CONFIG, opts(70));
    expect(v.byService.map((x) => [x.key, x.waiting, x.figures.tickets])).toEqual([
      ['council-tax', 1, 1],
      ['benefits', 0, 1],
      ['housing', 0, 1],
    ]);
    expect(v.byDesk.map((d) => [d.desk, d.ticket, d.servedToday])).toEqual([
      ['1', null, 0],
      ['2', { number: 'H001', state: 'called', since: at(7) }, 0],
      ['3', null, 0],
      ['10', null, 1],
    ]);
    expect(v.byHour.map((h) => [h.key, h.figures.tickets])).toEqual([
      ['09', 2],
      ['10', 1],
    ]);
  });
});

describe('the supervisor’s desks table', () => {
  it('shows why a paused desk is paused, and no reason for a desk signed off while paused', () => {
    const s = site();
    must(s.pc.desk(at(1), { type: 'pause', desk: '2', reason: 'Lunch' }));
    must(s.pc.desk(at(1), { type: 'pause', desk: '3', reason: 'Training' }));
    must(s.pc.desk(at(2), { type: 'signOff', desk: '3' }));
    const rows = supervisorView([], [...s.pc.desks.values()], DEFAULT_SITE_CONFIG, opts(3)).byDesk;
    expect(rows.map((d) => [d.desk, d.status, d.pauseReason ?? null])).toEqual([
      ['1', 'open', null],
      ['2', 'paused', 'Lunch'],
      ['3', 'closed', null],
    ]);
  });
});
