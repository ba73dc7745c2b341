import { describe, expect, it } from 'vitest';
import { checkDay, checkWeek, settlePlan, simulatePlan } from './check';
import type { SimulationRules } from './check';
import { SLOTS_PER_DAY } from './forecast';
import type { Forecast } from './forecast';
import { planWeek } from './plan';
import { seededRandom } from '../testing/prng';

const RULES = { standardMinutes: 10, targetPercent: 80, shrinkagePercent: 0 };
const SIM: SimulationRules = { standardMinutes: 10, priorityStandardMinutes: 5, targetPercent: 80, days: 50, random: () => seededRandom(42).next };

/** A forecast of Mondays only: `perSlot` customers for housing in each half hour from 09:00, `meanMs` each with spread `sdMs`. */
function mondays(perSlot: readonly number[], meanMs: number, sdMs: number, priorityShare = 0): Forecast {
  const arrivals = Array.from({ length: 7 }, () => Array.from({ length: SLOTS_PER_DAY }, () => ({}) as Record<string, number>));
  perSlot.forEach((n, i) => (arrivals[0]![18 + i] = n ? { housing: n } : {}));
  const time = { count: 500, meanMs, sdMs };
  return {
    daysUsed: 8,
    daysByWeekday: [8, 0, 0, 0, 0, 0, 0],
    arrivals,
    serviceTimes: { housing: time },
    overallServiceTime: time,
    priorityShare,
    patienceMs: null,
    walkOutShare: 0,
  };
}

describe('the plan checked by simulation', () => {
  it('settles each half hour on the fewest desks that meet the target in the simulation, and says what Erlang would have given', () => {
    const f = mondays([20, 20, 20, 20, 20, 20], 480_000, 480_000);
    const checked = checkWeek(f, planWeek(f, RULES, []), SIM);
    expect(checked.map((c) => c.slot)).toEqual([18, 19, 20, 21, 22, 23]);
    for (const c of checked) {
      expect(c.erlangDesks).toBe(7);
      expect(c.simulatedPercent).toBeGreaterThanOrEqual(80);
      expect(c.customers).toBeGreaterThan(50 * 17);
    }
    // Erlang's desks are the queue that has run for ever; the first half hour starts with nobody waiting.
    expect(checked[0]!.desks).toBeLessThan(7);
    expect(checked[0]!.simulatedPercentWithErlang).toBeGreaterThan(95);
  });

  it('where a mix of quick and long services makes the queue burstier than Erlang assumes, recommends more desks there, and meets the target with them', () => {
    // 90 an half hour for a minute each and 10 for twenty minutes: Erlang sees one service of 2.9 minutes
    // on average; at the counter the long ones hold desks while the quick ones queue behind them.
    const f = mondays(Array<number>(8).fill(90), 60_000, 30_000);
    for (const slot of f.arrivals[0]!.slice(18, 26)) slot['benefits'] = 10;
    f.serviceTimes['benefits'] = { count: 500, meanMs: 1_200_000, sdMs: 600_000 };
    f.overallServiceTime = { count: 1000, meanMs: 174_000, sdMs: 360_000 };
    const rules = { ...SIM, standardMinutes: 1, priorityStandardMinutes: 1 };
    const checked = checkWeek(f, planWeek(f, { ...RULES, standardMinutes: 1 }, []), rules);
    const more = checked.filter((c) => c.desks > c.erlangDesks);
    expect(more.length).toBeGreaterThan(0);
    for (const c of more) expect(c.simulatedPercentWithErlang!).toBeLessThan(80);
    for (const c of checked) expect(c.simulatedPercent).toBeGreaterThanOrEqual(80);
  });

  it('the last half hour is settled on the fewest desks: one fewer there and a half hour misses the target', () => {
    const f = mondays([20, 20, 20, 20], 480_000, 480_000);
    const rows = planWeek(f, RULES, []);
    const checked = checkDay(f, rows, SIM);
    const desks = checked.map((c) => c.desks);
    const last = desks.length - 1;
    expect(desks[last]).toBeGreaterThan(1);
    const fewer = simulatePlan(
      f,
      rows,
      desks.map((d, i) => (i === last ? d - 1 : d)),
      SIM,
    );
    expect(fewer.some((o) => (o.withinStandard / o.customers) * 100 < 80)).toBe(true);
    // And the plan as settled is what the check reported.
    expect(simulatePlan(f, rows, desks, SIM).map((o) => (o.withinStandard / o.customers) * 100)).toEqual(checked.map((c) => c.simulatedPercent));
  });

  it('never adds more than six desks above Erlang’s: a half hour that still misses then is left short, and says so', () => {
    // Erlang's figure replaced by one desk for 40 customers of 8 minutes (about 11 are needed): seven cannot do it.
    const f = mondays([40, 40], 480_000, 480_000);
    const rows = planWeek(f, RULES, []).map((r) => ({ ...r, desksNeeded: 1 }));
    const checked = checkDay(f, rows, SIM);
    expect(checked[0]!.desks).toBe(7);
    expect(checked[0]!.simulatedPercent!).toBeLessThan(80);
  });

  it('never plans fewer than one desk in a half hour with customers forecast, even one so quiet nobody came in the simulated days', () => {
    const f = mondays([0.0001, 20, 20], 480_000, 480_000);
    const checked = checkDay(f, planWeek(f, RULES, []), SIM);
    expect(checked[0]!.customers).toBe(0);
    expect(checked[0]!.desks).toBe(1);
  });

  it('judges priority customers by the priority standard it is given: one equal to the ordinary standard orders the queue as if nobody were priority', () => {
    const plain = mondays([20, 20, 20, 20], 480_000, 480_000, 0);
    const some = mondays([20, 20, 20, 20], 480_000, 480_000, 0.4);
    const alike = { ...SIM, priorityStandardMinutes: SIM.standardMinutes };
    expect(checkWeek(some, planWeek(some, RULES, []), alike)).toEqual(checkWeek(plain, planWeek(plain, RULES, []), alike));
    expect(checkWeek(some, planWeek(some, RULES, []), SIM)).not.toEqual(checkWeek(plain, planWeek(plain, RULES, []), SIM));
  });

  it('a half hour with nobody forecast inside the day keeps the desks of the one before, so its queue is still served', () => {
    const f = mondays([20, 20, 0, 20], 480_000, 480_000);
    const checked = checkWeek(f, planWeek(f, RULES, []), SIM);
    expect(checked.map((c) => c.slot)).toEqual([18, 19, 21]);
    for (const c of checked) expect(c.simulatedPercent).toBeGreaterThanOrEqual(80);
  });

  it('checks each weekday as its own day, whatever order the plan’s rows come in', () => {
    const f = mondays([20, 20, 20], 480_000, 480_000);
    f.arrivals[1]![18] = { housing: 20 }; // Tuesday: one busy half hour only
    const plan = planWeek(f, RULES, []);
    const checked = checkWeek(f, plan, SIM);
    expect(checked.map((c) => [c.weekday, c.slot])).toEqual([
      [0, 18],
      [0, 19],
      [0, 20],
      [1, 18],
    ]);
    // Tuesday's one half hour starts empty and ends the day: fewer desks than Monday's third half hour needs.
    expect(checked[3]!.desks).toBeLessThanOrEqual(checked[2]!.desks);
    expect(checkWeek(f, [...plan].reverse(), SIM)).toEqual(checked);
  });

  it('is the same for the same seed, and a week with nobody has nothing to check', () => {
    const f = mondays([10, 15, 20], 300_000, 200_000, 0.2);
    const plan = planWeek(f, RULES, []);
    expect(checkWeek(f, plan, SIM)).toEqual(checkWeek(f, plan, SIM));
    expect(checkWeek(mondays([], 300_000, 0), [], SIM)).toEqual([]);
  });

  it('priority customers come forward in the simulated call order: the same customers give other figures, and the plan still meets the target for everyone', () => {
    const plain = mondays([20, 20, 20, 20, 20, 20], 480_000, 480_000, 0);
    const many = mondays([20, 20, 20, 20, 20, 20], 480_000, 480_000, 0.4);
    const checks = (f: Forecast) => checkWeek(f, planWeek(f, RULES, []), SIM);
    expect(checks(many)).not.toEqual(checks(plain));
    for (const c of checks(many)) expect(c.simulatedPercent).toBeGreaterThanOrEqual(80);
  });
});

describe('the plan as recommended', () => {
  it('takes the simulation’s desks where checked, keeps Erlang’s beside them, and rosters and counts "short" from the desks recommended', () => {
    const f = mondays([20, 20], 480_000, 480_000);
    const open = Array.from({ length: 7 }, () => Array<number | null>(SLOTS_PER_DAY).fill(null));
    open[0]![18] = 5;
    open[0]![19] = 5;
    const plan = planWeek(f, { ...RULES, shrinkagePercent: 30 }, open);
    expect(plan.map((p) => [p.desksNeeded, p.rostered, p.shortBy])).toEqual([
      [7, 10, 2],
      [7, 10, 2],
    ]);
    const settled = settlePlan(
      plan,
      [{ weekday: 0, slot: 18, erlangDesks: 7, simulatedPercentWithErlang: 99.5, desks: 5, simulatedPercent: 91.25, customers: 1000 }],
      30,
    );
    expect(settled[0]).toMatchObject({
      desksNeeded: 5,
      rostered: 8,
      shortBy: 0,
      check: { erlangDesks: 7, simulatedPercentWithErlang: 99.5, simulatedPercent: 91.25 },
    });
    // A half hour not checked stays as Erlang planned it.
    expect(settled[1]).toEqual(plan[1]);
  });
});
