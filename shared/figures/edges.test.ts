import { describe, expect, it } from 'vitest';
import { at, site } from '../testing/scenario';
import { isOpenTransferWait } from '../tickets/close-day';
import { DEFAULT_COMPLAINT_POLICY, complaints } from './contacts';
import { computeFigures } from './figures';
import type { FigureOptions } from './figures';
import { meetsTarget, serviceLevel, ticketsJudged, timingInaccurate, verdict } from './service-level';
import { durationStats } from './stats';

const opts: FigureOptions = { asOf: at(600), targetPercent: 80, complaintPolicy: DEFAULT_COMPLAINT_POLICY };
const MIN = 60_000;

/** Served with a first wait of `waitMs`, on a site where everything else is simple. */
function servedAfter(waitMs: number, priority = false) {
  const s = site();
  const t = s.issue(0, 'council-tax', { priority });
  s.call(waitMs / MIN, t);
  s.serve(waitMs / MIN + 1, t);
  return s.ticket(t);
}

describe('the standard’s boundaries, to the millisecond', () => {
  it.each([
    ['called at exactly 10:00', 10 * MIN, false, 'headline', 'met'],
    ['called 1 ms after 10:00', 10 * MIN + 1, false, 'headline', 'missed'],
    ['a priority customer called at exactly 5:00, by their own standard', 5 * MIN, true, 'own', 'met'],
    ['a priority customer called 1 ms after 5:00, by their own standard', 5 * MIN + 1, true, 'own', 'missed'],
    ['a priority customer called 1 ms after 5:00, in the headline (every customer against 10)', 5 * MIN + 1, true, 'headline', 'met'],
    ['a priority customer called at exactly 10:00, in the headline', 10 * MIN, true, 'headline', 'met'],
    ['a priority customer called 1 ms after 10:00, in the headline', 10 * MIN + 1, true, 'headline', 'missed'],
  ] as const)('%s: %s', (_name, waitMs, priority, against, kind) => {
    expect(verdict(servedAfter(waitMs, priority), at(600), against).kind).toBe(kind);
  });

  it('unless told otherwise, a verdict and a service level are the headline’s: a priority customer seen at 7:00 is within 10 minutes', () => {
    const t = servedAfter(7 * MIN, true);
    expect(verdict(t, at(600)).kind).toBe('met');
    expect(serviceLevel([t], at(600), 80)).toMatchObject({ met: 1, counted: 1 });
    expect(serviceLevel([t], at(600), 80, 'own')).toMatchObject({ met: 0, missed: 1, counted: 1 });
    expect(ticketsJudged(serviceLevel([t], at(600), 80, 'own'))).toBe(1);
  });

  it('counts every ticket a figure judged, counted or left out, and none when it judged none', () => {
    const s = site();
    const cancelled = s.issue(0);
    s.cancel(1, cancelled);
    const served = servedAfter(3 * MIN);
    expect(ticketsJudged(serviceLevel([s.ticket(cancelled), served, s.ticket(s.issue(2))], at(5), 80))).toBe(3);
    expect(ticketsJudged(serviceLevel([], at(5), 80))).toBe(0);
  });

  it('a walk-out at exactly the standard is left out; 1 ms later it is a miss', () => {
    const s = site();
    const atStandard = s.issue(0);
    const justAfter = s.issue(0);
    s.left(10, atStandard);
    s.left(10 + 1 / MIN, justAfter);
    expect(verdict(s.ticket(atStandard), at(600))).toEqual({ kind: 'excluded', why: 'leftWithinStandard' });
    expect(verdict(s.ticket(justAfter), at(600))).toEqual({ kind: 'missed' });
  });

  it('a no-show first called at exactly the standard is met; 1 ms later missed', () => {
    const s = site();
    const onTime = s.issue(0);
    const late = s.issue(0);
    s.call(10, onTime);
    s.noShow(12, onTime);
    s.call(10 + 1 / MIN, late, '2', 'test order');
    s.noShow(12, late, '2');
    expect(verdict(s.ticket(onTime), at(600)).kind).toBe('met');
    expect(verdict(s.ticket(late), at(600)).kind).toBe('missed');
  });

  it('a live ticket still waiting at exactly the standard is pending; 1 ms later a miss', () => {
    const s = site();
    const t = s.ticket(s.issue(0));
    expect(verdict(t, at(10))).toEqual({ kind: 'excluded', why: 'pending' });
    expect(verdict(t, at(10) + 1)).toEqual({ kind: 'missed' });
  });
});

describe('waits are never negative', () => {
  it('a customer called “before” their ticket was issued (the greeter’s clock ahead) is left out as timing inaccurate, not met', () => {
    const s = site();
    const t = s.issue(2); // the greeter PC's clock reads 2 minutes ahead
    s.call(1, t); // the desk's clock is right
    s.serve(1.5, t);
    const ticket = s.ticket(t);
    expect(timingInaccurate(ticket)).toBe(true);
    expect(verdict(ticket, at(600))).toEqual({ kind: 'excluded', why: 'timingInaccurate' });
    const good = servedAfter(4 * MIN);
    const f = computeFigures([ticket, good], opts);
    expect(f.serviceLevel).toMatchObject({ met: 1, counted: 1, excluded: expect.objectContaining({ timingInaccurate: 1 }) });
    expect(f.firstWait).toEqual({ count: 1, medianMs: 4 * MIN, p90Ms: 4 * MIN, meanMs: 4 * MIN, maxMs: 4 * MIN });
  });

  it('a no-show called before issue, a service started before its call’s segment, or a close before issue are inaccurate too', () => {
    const s = site();
    const noShow = s.issue(3);
    s.call(1, noShow);
    s.noShow(4, noShow);
    const left = s.issue(5);
    s.left(4, left);
    expect(timingInaccurate(s.ticket(noShow))).toBe(true);
    expect(timingInaccurate(s.ticket(left))).toBe(true);
    const serving = servedAfter(3 * MIN);
    expect(timingInaccurate({ ...serving, segments: [{ ...serving.segments[0]!, servingStartedAt: serving.issuedAt - 1 }] })).toBe(true);
    expect(timingInaccurate({ ...serving, segments: [{ ...serving.segments[0]!, queuedAt: serving.issuedAt - 1 }] })).toBe(true);
    expect(timingInaccurate(serving)).toBe(false);
  });

  it('a transfer wait that runs backwards leaves the whole ticket out of both wait summaries', () => {
    const s = site();
    const t = s.issue(0);
    s.call(3, t);
    s.serve(3, t);
    s.transfer(10, t, 'housing');
    s.call(9, t, '2'); // the second desk's clock is behind
    s.serve(9.5, t, '2');
    const f = computeFigures([s.ticket(t)], opts);
    expect(f.transferWait.count).toBe(0);
    expect(f.firstWait.count).toBe(0);
    expect(f.serviceLevel.excluded.timingInaccurate).toBe(1);
  });

  it('a flagged ticket’s wait stays out of the median even when it looks plausible', () => {
    const flagged = { ...servedAfter(1 * MIN), timingInaccurate: true };
    const f = computeFigures([flagged, servedAfter(7 * MIN), servedAfter(9 * MIN)], opts);
    expect(f.firstWait).toMatchObject({ count: 2, medianMs: 7 * MIN, maxMs: 9 * MIN });
  });
});

describe('targets are decided in whole numbers', () => {
  it.each([
    [57, 100, 57, true], // 57 / 100 * 100 is 56.99999999999999 in floating point
    [56, 100, 57, false],
    [7, 8, 87.5, true],
    [6, 8, 87.5, false],
    [4, 5, 80, true],
    [3, 4, 80, false],
    [1, 3, 33.33, true],
    [1, 3, 33.34, false],
  ])('%i met of %i against %s%%: %s', (met, counted, target, expected) => {
    expect(meetsTarget(met, counted, target)).toBe(expected);
  });

  it('the service level says 57 of 100 meets a 57% target', () => {
    const s = site();
    for (let i = 0; i < 100; i++) {
      const t = s.issue(0);
      s.call(i < 57 ? 5 : 15, t, '1', 'test order');
      s.serve(16, t);
      s.finish(17, t);
    }
    expect(serviceLevel(s.pc.tickets.values(), at(600), 57)).toMatchObject({ met: 57, counted: 100, meetsTarget: true });
  });
});

describe('median and p90 by nearest rank', () => {
  it.each([
    [[1, 2, 3, 4], 2, 4],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, 9],
    [[7, 9, 9, 10, 10, 11, 12, 13, 13, 14], 10, 13], // a spreadsheet says 10.5 and 13.1
    [[5], 5, 5],
    [[3, 1, 2], 2, 3],
  ])('of %j: median %i, p90 %i (values that occurred)', (values, median, p90) => {
    const s = durationStats(values);
    expect([s.medianMs, s.p90Ms]).toEqual([median, p90]);
  });

  it('the mean and maximum, and nothing at all for no waits', () => {
    expect(durationStats([4, 1, 7])).toEqual({ count: 3, medianMs: 4, p90Ms: 7, meanMs: 4, maxMs: 7 });
    expect(durationStats([])).toEqual({ count: 0, medianMs: null, p90Ms: null, meanMs: null, maxMs: null });
  });
});

describe('contacts at the edges', () => {
  it('“signposted” is a completed contact but not resolved at first point of contact', () => {
    const s = site();
    for (const outcome of ['resolved', 'signposted', 'unresolved'] as const) {
      const t = s.issue(0);
      s.call(1, t, '1', 'test order');
      s.serve(1, t);
      s.finish(2, t, '1', { outcome, ...(outcome === 'unresolved' ? { unresolvedReason: 'system down' } : {}) });
    }
    const f = computeFigures([...s.pc.tickets.values()], opts);
    expect(f.contacts).toMatchObject({ completed: 3, resolvedFirstContact: 1, outcomes: { resolved: 1, signposted: 1, unresolved: 1 } });
    expect(f.contacts.firstContactPercent).toBeCloseTo(100 / 3, 10);
  });

  it('a complaint is raised on the day it was made at the desk, not the day the ticket was issued', () => {
    const s = site();
    const t = s.issue(0); // Monday 23 November
    s.call(1, t);
    s.serve(1, t);
    s.finish(4 * 24 * 60, t, '1', { complaint: { directorate: 'Housing', summary: 'repair not done' } }); // Friday 27 November
    const c = complaints([s.ticket(t)], DEFAULT_COMPLAINT_POLICY).list[0]!;
    expect(c).toMatchObject({ raisedDay: '2026-11-27', acknowledgeBy: '2026-12-04', respondBy: '2026-12-11' });
  });

  it('a complaint beyond the years the holiday rules cover says its due dates are not known', () => {
    const s = site();
    const t = s.issue(0);
    s.call(1, t);
    s.serve(1, t);
    const ticket = s.ticket(t);
    const farAhead = {
      ...ticket,
      status: 'completed' as const,
      completion: { at: Date.UTC(2100, 0, 4, 10), desk: '1', outcome: 'resolved' as const, avoidable: null, complaint: { directorate: 'Finance' } },
    };
    const [c] = complaints([farAhead], DEFAULT_COMPLAINT_POLICY).list;
    expect(c).toMatchObject({ raisedDay: '2100-01-04', acknowledgeBy: null, respondBy: null });
    expect(c!.dueNote).toMatch(/known for 2010 to 2099 only/);
  });
});

describe('the day closed with customers still waiting', () => {
  it('marks someone called but not yet at a desk unseen, as well as those waiting', () => {
    const s = site();
    const called = s.issue(0);
    const waiting = s.issue(1);
    s.call(2, called);
    s.closeDay(30);
    expect([s.ticket(called).status, s.ticket(waiting).status]).toEqual(['unseenAtClose', 'unseenAtClose']);
  });

  it('reports a transferred customer still waiting as an open transfer wait, not unseen: the first wait was met', () => {
    const s = site();
    const transferred = s.issue(0);
    const neverSeen = s.issue(0);
    s.call(3, transferred);
    s.serve(3, transferred);
    s.transfer(8, transferred, 'housing');
    s.closeDay(40);
    expect(isOpenTransferWait(s.ticket(transferred))).toBe(true);
    expect(isOpenTransferWait(s.ticket(neverSeen))).toBe(false);
    const f = computeFigures([s.ticket(transferred), s.ticket(neverSeen)], opts);
    expect(f.openTransferWaitsAtClose).toBe(1);
    expect(verdict(s.ticket(transferred), at(40))).toEqual({ kind: 'met' });
    expect(verdict(s.ticket(neverSeen), at(40))).toEqual({ kind: 'missed' });
    expect(f.serviceLevel.excluded.unseenWithinStandard).toBe(0);
  });
});

describe('a visit across midnight', () => {
  it('belongs to the day it was issued, and its wait runs across the date change', () => {
    const s = site();
    const lateNight = s.issue(14 * 60 + 55); // 23:55 on Monday 23 November (GMT)
    s.call(15 * 60 + 2, lateNight, '1', 'test order'); // 00:02 on Tuesday
    s.serve(15 * 60 + 3, lateNight);
    const t = s.ticket(lateNight);
    expect(t.day).toBe('2026-11-23');
    expect(verdict(t, at(16 * 60))).toEqual({ kind: 'met' });
    expect(computeFigures([t], opts).firstWait.medianMs).toBe(7 * MIN);
  });
});
