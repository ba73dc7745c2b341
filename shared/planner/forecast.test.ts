import { describe, expect, it } from 'vitest';
import { isTicketEvent } from '../events/schema';
import { daysBetween } from '../calendar/periods';
import { generateHistory } from '../testing/history';
import { DAY, at, site } from '../testing/scenario';
import { foldAll } from '../tickets/fold';
import { arrivalsIn, daysBefore, forecastFrom, meanAbsoluteError, plannerWindow, slotLabel, slotOf, weekdayOf } from './forecast';

const MIN = 60_000;

describe('weekdays and half hours, UK time', () => {
  it('names Monday 0 and Sunday 6, and puts a moment in its half hour, summer time included', () => {
    expect(weekdayOf('2026-11-23')).toBe(0);
    expect(weekdayOf('2026-11-29')).toBe(6);
    expect(slotOf(at(0))).toBe(18); // 09:00
    expect(slotOf(at(29.99))).toBe(18);
    expect(slotOf(at(30))).toBe(19);
    expect(slotOf(Date.UTC(2026, 6, 1, 8, 45))).toBe(19); // 09:45 BST
    expect(slotLabel(18)).toBe('09:00–09:30');
    expect(slotLabel(47)).toBe('23:30–00:00');
  });
});

describe('the forecast from a site’s history', () => {
  it('recovers the history generator’s known pattern: 26 arrivals from 09:00 and 24 from 09:30 every day', () => {
    // 50 a day, 70 s apart from 09:00 UK time, for four weeks (the generator does not skip weekends).
    const events = generateHistory({ tickets: 50 * 28, perDay: 50, startMs: Date.UTC(2026, 10, 2, 9), seed: 5 });
    const tickets = [...foldAll(events.filter(isTicketEvent)).values()];
    const f = forecastFrom(tickets, daysBetween('2026-11-02', '2026-11-29'));
    expect(f.daysUsed).toBe(28);
    expect(f.daysByWeekday).toEqual([4, 4, 4, 4, 4, 4, 4]);
    for (let w = 0; w < 7; w++) {
      expect(arrivalsIn(f, w, 18)).toBeCloseTo(26, 9);
      expect(arrivalsIn(f, w, 19)).toBeCloseTo(24, 9);
      expect(arrivalsIn(f, w, 20)).toBe(0);
    }
  });

  it('averages over the open days given, quiet ones included, and leaves out days not given (a bank holiday) and cancelled tickets', () => {
    const s = site();
    const a = s.issue(0);
    s.issue(5);
    s.cancel(6, s.issue(5));
    const f = forecastFrom([...s.pc.tickets.values()], [DAY, '2026-11-30']); // two Mondays; the second quiet
    expect(arrivalsIn(f, 0, 18)).toBe(1);
    expect(f.arrivals[0]![18]).toEqual({ 'council-tax': 1 });
    expect(forecastFrom([s.ticket(a)], ['2026-11-30']).daysUsed).toBe(1);
    expect(arrivalsIn(forecastFrom([s.ticket(a)], ['2026-11-30']), 0, 18)).toBe(0);
  });

  it('times each service at the desk from the start of service to the transfer or the finish, and leaves out flagged timing', () => {
    const s = site();
    const one = s.issue(0);
    s.call(1, one);
    s.serve(2, one);
    s.transfer(8, one, 'housing'); // 6 minutes of Council Tax
    s.call(10, one, '2');
    s.serve(10, one, '2');
    s.finish(22, one, '2'); // 12 minutes of Housing
    const two = s.issue(1);
    s.call(3, two, '3');
    s.serve(3, two, '3');
    s.finish(13, two, '3'); // 10 minutes of Council Tax
    const flagged = s.issue(2);
    s.call(4, flagged, '1');
    s.serve(4, flagged, '1');
    s.finish(40, flagged, '1');
    const tickets = [s.ticket(one), s.ticket(two), { ...s.ticket(flagged), timingInaccurate: true }];
    const f = forecastFrom(tickets, [DAY]);
    expect(f.serviceTimes['council-tax']).toEqual({ count: 2, meanMs: 8 * MIN, sdMs: 2 * MIN });
    expect(f.serviceTimes['housing']).toEqual({ count: 1, meanMs: 12 * MIN, sdMs: 0 });
    expect(f.overallServiceTime?.count).toBe(3);
    expect(f.overallServiceTime?.meanMs).toBeCloseTo((28 * MIN) / 3, 6);
    expect(forecastFrom([], [DAY]).overallServiceTime).toBeNull();
  });

  it('says how far a forecast was from what happened, per half hour', () => {
    const s = site();
    for (const m of [0, 1, 2, 31]) s.issue(m);
    const lastWeek = [...s.pc.tickets.values()];
    const f = forecastFrom(lastWeek, [DAY]);
    expect(meanAbsoluteError(f, lastWeek, [DAY])).toBe(0);
    const quieter = site();
    quieter.issue(0);
    // Forecast 3 at 09:00 and 1 at 09:30; 1 and 0 came: off by 2 and by 1.
    expect(meanAbsoluteError(f, [...quieter.pc.tickets.values()], [DAY])).toBe(1.5);
    expect(meanAbsoluteError(forecastFrom([], [DAY]), [], [DAY])).toBeNull();
  });
});

describe('what the forecast leaves out, and the rest of what it says', () => {
  it('a ticket cancelled in error gives no time at the desk, even after it was served and transferred', () => {
    const s = site();
    const t = s.issue(0);
    s.call(1, t);
    s.serve(2, t);
    s.transfer(8, t, 'housing');
    s.cancel(9, t);
    expect(forecastFrom([s.ticket(t)], [DAY]).serviceTimes).toEqual({});
  });

  it('a customer still at the desk has no time yet', () => {
    const s = site();
    const t = s.issue(0);
    s.call(1, t);
    s.serve(2, t);
    expect(forecastFrom([s.ticket(t)], [DAY]).serviceTimes).toEqual({});
  });

  it('a time at the desk of nothing or less (a clock put back between the two stamps) is no time', () => {
    const s = site();
    const t = s.issue(0);
    s.call(1, t);
    s.serve(2, t);
    s.transfer(2, t, 'housing');
    expect(forecastFrom([s.ticket(t)], [DAY]).serviceTimes).toEqual({});
  });

  it('a ticket carried into a day it was not issued on is not an arrival of that day', () => {
    const s = site();
    const t = s.ticket(s.issue(0));
    const carried = { ...t, issuedAt: t.issuedAt - 24 * 3_600_000 };
    expect(arrivalsIn(forecastFrom([carried], [DAY, '2026-11-22']), 0, 18)).toBe(0);
    expect(arrivalsIn(forecastFrom([carried], [DAY, '2026-11-22']), 6, 18)).toBe(0);
  });

  it('lists the services’ times in name order, whatever order they were served in', () => {
    const s = site();
    const a = s.issue(0, 'planning');
    const b = s.issue(0);
    const c = s.issue(0, 'waste');
    const d = s.issue(0, 'housing');
    // One desk, one after another, in that order.
    [a, b, c, d].forEach((t, i) => {
      s.call(10 * i + 1, t);
      s.serve(10 * i + 1, t);
      s.finish(10 * i + 5, t);
    });
    expect(Object.keys(forecastFrom([s.ticket(a), s.ticket(b), s.ticket(c), s.ticket(d)], [DAY]).serviceTimes)).toEqual([
      'council-tax',
      'housing',
      'planning',
      'waste',
    ]);
  });

  it('counts the share of arrivals who were priority customers', () => {
    const s = site();
    s.issue(0, 'council-tax', { priority: true });
    s.issue(1);
    s.issue(2);
    s.issue(3);
    expect(forecastFrom([...s.pc.tickets.values()], [DAY]).priorityShare).toBe(0.25);
    expect(forecastFrom([], [DAY]).priorityShare).toBe(0);
  });

  it('a busier week than forecast counts the half hours nobody was expected in', () => {
    const quiet = site();
    quiet.issue(0);
    const busy = site();
    for (const m of [0, 31, 32]) busy.issue(m);
    // Forecast 1 at 09:00 and none at 09:30; 1 and 2 came: off by 0 and by 2.
    expect(meanAbsoluteError(forecastFrom([...quiet.pc.tickets.values()], [DAY]), [...busy.pc.tickets.values()], [DAY])).toBe(1);
  });

  it('counts days back across months and years', () => {
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
    expect(daysBefore('2027-01-03', 7)).toBe('2026-12-27');
    expect(daysBefore('2026-11-23', 0)).toBe('2026-11-23');
  });
});

describe('how long customers wait before giving up', () => {
  it('walk-outs ÷ all the waiting done (the exponential’s maximum likelihood), once ten have walked out', () => {
    const s = site();
    const gaveUp = [];
    for (let i = 0; i < 10; i++) {
      const t = s.issue(i);
      s.left(i + 15, t); // gave up after 15 minutes
      gaveUp.push(t);
    }
    const called = s.issue(0);
    s.call(5, called); // waited 5 minutes without giving up
    const flagged = s.issue(1);
    s.left(41, flagged); // 40 minutes, but its timing is not to be trusted
    const tickets = [...gaveUp.map((t) => s.ticket(t)), s.ticket(called), { ...s.ticket(flagged), timingInaccurate: true }];
    const f = forecastFrom(tickets, [DAY]);
    expect(f.patienceMs).toBe(((10 * 15 + 5) * MIN) / 10);
    expect(f.walkOutShare).toBe(11 / 12); // the flagged one walked out too: it is still an arrival
    // Nine walk-outs are too few to judge.
    expect(forecastFrom(tickets.slice(1), [DAY]).patienceMs).toBeNull();
  });

  it('a customer recorded as left after being called did not give up waiting', () => {
    const s = site();
    const tickets = [];
    for (let i = 0; i < 10; i++) {
      const t = s.issue(i);
      s.call(i + 2, t);
      s.left(i + 3, t);
      tickets.push(s.ticket(t));
    }
    const f = forecastFrom(tickets, [DAY]);
    expect(f.walkOutShare).toBe(0);
    expect(f.patienceMs).toBeNull();
  });

  it('customers still waiting, or unseen when the day was closed, neither walked out nor waited to the end', () => {
    const s = site();
    const tickets = [];
    for (let i = 0; i < 10; i++) {
      const t = s.issue(i);
      s.left(i + 10, t); // 10 minutes each
      tickets.push(s.ticket(t));
    }
    const waiting = s.ticket(s.issue(0));
    const unseen = { ...s.ticket(s.issue(0)), status: 'unseenAtClose' as const, closedAt: at(600) };
    const f = forecastFrom([...tickets, waiting, unseen], [DAY]);
    expect(f.walkOutShare).toBe(10 / 12);
    expect(f.patienceMs).toBe(10 * MIN);
  });

  it('ten who left the moment they came give no patience to plan with (not a patience of nothing)', () => {
    const s = site();
    const tickets = [];
    for (let i = 0; i < 10; i++) {
      const t = s.issue(i);
      s.left(i, t);
      tickets.push(s.ticket(t));
    }
    expect(forecastFrom(tickets, [DAY]).patienceMs).toBeNull();
  });
});

describe('the history a plan reads', () => {
  it('the weeks before today (not today), leaving out the region’s bank holidays and the council’s own closed days', () => {
    const w = plannerWindow('2026-12-28', 1, { holidayRegion: 'england-and-wales', extraClosedDays: ['2026-12-24'] });
    expect(w).toEqual({ from: '2026-12-21', to: '2026-12-27', openDays: ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-26', '2026-12-27'] });
    // (Boxing Day falls on a Saturday in 2026: its bank holiday is Monday 28th, today.)
    // St Andrew's Day (Monday 30 November 2026) is a bank holiday in Scotland, not in England.
    expect(plannerWindow('2026-12-01', 1, { holidayRegion: 'scotland', extraClosedDays: [] }).openDays).not.toContain('2026-11-30');
    expect(plannerWindow('2026-12-01', 1, { holidayRegion: 'england-and-wales', extraClosedDays: [] }).openDays).toContain('2026-11-30');
    expect(plannerWindow('2026-12-28', 8, { holidayRegion: 'england-and-wales', extraClosedDays: [] }).from).toBe('2026-11-02');
  });
});
