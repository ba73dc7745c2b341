import { describe, expect, it } from 'vitest';
import { desksNeeded } from './erlang';
import { desksNeededA } from './erlang-a';
import { SLOTS_PER_DAY } from './forecast';
import type { Forecast } from './forecast';
import { nextHour } from './next-hour';

const MIN = 60_000;
const MONDAY = '2026-11-23';
/** 09:00 UK on that Monday (GMT), plus minutes. */
const at = (minutes: number) => Date.UTC(2026, 10, 23, 9) + minutes * MIN;

/** Mondays: 20 customers every half hour 09:00–12:00 (council tax, 8 minutes each); 10 at 10:30 for housing, 16 minutes. */
function forecast(): Forecast {
  const arrivals = Array.from({ length: 7 }, () => Array.from({ length: SLOTS_PER_DAY }, () => ({}) as Record<string, number>));
  for (let slot = 18; slot < 24; slot++) arrivals[0]![slot] = { 'council-tax': 20 };
  arrivals[0]![21] = { 'council-tax': 20, housing: 10 };
  return {
    daysUsed: 8,
    daysByWeekday: [8, 0, 0, 0, 0, 0, 0],
    arrivals,
    serviceTimes: { 'council-tax': { count: 100, meanMs: 8 * MIN, sdMs: 0 }, housing: { count: 10, meanMs: 16 * MIN, sdMs: 0 } },
    overallServiceTime: { count: 110, meanMs: 9 * MIN, sdMs: 0 },
    priorityShare: 0,
    patienceMs: null,
    walkOutShare: 0,
  };
}

const arrivals = (n: number, from: number, to: number) => Array.from({ length: n }, (_, i) => at(from + ((to - from) * i) / n));
const base = { forecast: forecast(), day: MONDAY, waitingNow: 0, standardMinutes: 10, targetPercent: 80 };

describe('the next hour’s desks, live', () => {
  it('at 09:00: the next hour’s 40 customers at 8 minutes, by Erlang C', () => {
    const r = nextHour({ ...base, now: at(0), arrivedAt: [] });
    expect(r).toMatchObject({ forecastArrivals: 40, pace: 1, expectedArrivals: 40, waitingNow: 0 });
    expect(r.desks).toBe(desksNeeded({ arrivalsPerHour: 40, meanServiceMs: 8 * MIN }, 10 * MIN, 80));
    expect(r.desks).toBe(7);
  });

  it('from 10:15 the hour is half of 10:00, all of 10:30 (with housing’s longer times) and half of 11:00', () => {
    const r = nextHour({ ...base, now: at(75), arrivedAt: arrivals(50, 0, 75) });
    expect(r.forecastArrivals).toBe(10 + 30 + 10);
    // 40 council tax at 8 minutes and 10 housing at 16: a mean of 9.6 minutes.
    expect(r.desks).toBe(desksNeeded({ arrivalsPerHour: 50, meanServiceMs: 9.6 * MIN }, 10 * MIN, 80));
  });

  it('a busier day than forecast expects more: 60 came by 10:00 where 40 were forecast, so 1.5 times the next hour', () => {
    const r = nextHour({ ...base, now: at(60), arrivedAt: arrivals(60, 0, 60) });
    expect(r.pace).toBe(1.5);
    expect(r.forecastArrivals).toBe(50);
    expect(r.expectedArrivals).toBe(75);
    expect(r.desks).toBe(desksNeeded({ arrivalsPerHour: 75, meanServiceMs: 9.6 * MIN }, 10 * MIN, 80));
    // Held between half and double: a morning's surprise is not the afternoon's.
    expect(nextHour({ ...base, now: at(60), arrivedAt: arrivals(200, 0, 60) }).pace).toBe(2);
    expect(nextHour({ ...base, now: at(60), arrivedAt: arrivals(5, 0, 60) }).pace).toBe(0.5);
    // One arriving this very moment is one of today's so far.
    expect(nextHour({ ...base, now: at(60), arrivedAt: [...arrivals(39, 0, 59), at(60)] }).pace).toBe(1);
    // Customers stamped after now (a PC whose clock is ahead) are not today's so far.
    expect(nextHour({ ...base, now: at(60), arrivedAt: [...arrivals(40, 0, 60), ...arrivals(40, 61, 90)] }).pace).toBe(1);
  });

  it('too early to judge the pace: at 09:10 (under ten forecast so far) the forecast stands', () => {
    expect(nextHour({ ...base, now: at(10), arrivedAt: arrivals(9, 0, 10) }).pace).toBe(1);
    // Ten forecast so far (09:00–09:15) is enough.
    expect(nextHour({ ...base, now: at(15), arrivedAt: arrivals(15, 0, 15) }).pace).toBe(1.5);
  });

  it('the customers waiting now must be seen in the hour too', () => {
    const quiet = nextHour({ ...base, now: at(0), arrivedAt: [] });
    const queue = nextHour({ ...base, now: at(0), arrivedAt: [], waitingNow: 12 });
    expect(queue.desks).toBe(desksNeeded({ arrivalsPerHour: 52, meanServiceMs: 8 * MIN }, 10 * MIN, 80));
    expect(queue.desks!).toBeGreaterThan(quiet.desks!);
  });

  it('after the last forecast half hour: none needed with nobody waiting; the overall time for those still waiting', () => {
    expect(nextHour({ ...base, now: at(240), arrivedAt: [] }).desks).toBe(0);
    expect(nextHour({ ...base, now: at(240), arrivedAt: [], waitingNow: 3 }).desks).toBe(
      desksNeeded({ arrivalsPerHour: 3, meanServiceMs: 9 * MIN }, 10 * MIN, 80),
    );
  });

  it('where the site’s customers walk out, Erlang A with the planner’s allowance, as the plan', () => {
    const impatient = { ...forecast(), patienceMs: 20 * MIN, walkOutShare: 0.2 };
    const r = nextHour({ ...base, forecast: impatient, now: at(0), arrivedAt: [] });
    expect(r.desks).toBe(desksNeededA({ arrivalsPerHour: 40, meanServiceMs: 8 * MIN }, 20 * MIN, 10 * MIN, 80, 20));
    expect(r.desks).toBeLessThan(nextHour({ ...base, now: at(0), arrivedAt: [] }).desks!);
  });

  it('no time at a desk in the history: nothing to work the desks from', () => {
    const untimed = { ...forecast(), serviceTimes: {}, overallServiceTime: null };
    expect(nextHour({ ...base, forecast: untimed, now: at(60), arrivedAt: [] }).desks).toBeNull();
  });

  it('late in the evening the hour runs past midnight, and the next day’s half hours are not read as today’s', () => {
    const late = forecast();
    late.arrivals[0]![47] = { 'council-tax': 10 }; // 23:30–00:00
    const r = nextHour({ ...base, forecast: late, now: at(14 * 60 + 40), arrivedAt: [] }); // 23:40
    expect(r.forecastArrivals).toBeCloseTo(10 * (20 / 30), 9);
  });

  it('on a summer day, UK time: 10:00 BST is 09:00 UTC', () => {
    const summer = Date.UTC(2026, 6, 6, 9); // Monday 6 July, 10:00 BST
    const r = nextHour({ ...base, day: '2026-07-06', now: summer, arrivedAt: [] });
    expect(r.forecastArrivals).toBe(50);
  });
});
