/**
 * Domain core at a year's scale: fold 500k events into 100k tickets, then
 * compute a quarter's figures over 30k tickets (budget ≤ 1 s, docs/architecture.md).
 * Run: npm run bench -- domain
 */
import { DEFAULT_COMPLAINT_POLICY } from '../shared/figures/contacts';
import type { TicketEvent } from '../shared/events/schema';
import { computeFigures, inDayRange, sliceFigures } from '../shared/figures/figures';
import { foldAll } from '../shared/tickets/fold';
import { generateHistory, shuffle } from '../shared/testing/history';
import { daysBetween } from '../shared/calendar/periods';
import { forecastFrom } from '../shared/planner/forecast';
import { planWeek } from '../shared/planner/plan';
import { checkWeek } from '../shared/planner/check';
import { seededRandom } from '../shared/estimates/seeded-random';

const TICKETS = 100_000;
const START = Date.UTC(2026, 0, 5, 9, 0);
const DAY_MS = 86_400_000;

const ms = (t0: number) => performance.now() - t0;

let t0 = performance.now();
const events = generateHistory({ tickets: TICKETS, startMs: START }) as TicketEvent[];
console.log(`generated ${events.length.toLocaleString()} events for ${TICKETS.toLocaleString()} tickets in ${ms(t0).toFixed(0)} ms`);

// Shuffled, so the fold also pays for sorting arrivals from many devices.
shuffle(events);

t0 = performance.now();
const tickets = foldAll(events);
const foldMs = ms(t0);
console.log(
  `fold: ${events.length.toLocaleString()} events → ${tickets.size.toLocaleString()} tickets in ${foldMs.toFixed(0)} ms (${Math.round(events.length / (foldMs / 1000)).toLocaleString()} events/s)`,
);

const all = [...tickets.values()];
const from = '2026-01-05';
const quarter = inDayRange(all, from, new Date(START + 74 * DAY_MS).toISOString().slice(0, 10));
const opts = { asOf: START + 200 * DAY_MS, targetPercent: 80, complaintPolicy: DEFAULT_COMPLAINT_POLICY };
const runs: number[] = [];
let result = computeFigures(quarter, opts);
for (let i = 0; i < 5; i++) {
  t0 = performance.now();
  result = computeFigures(quarter, opts);
  for (const by of ['day', 'hour', 'service', 'desk'] as const) sliceFigures(quarter, by, opts);
  runs.push(ms(t0));
}
runs.sort((a, b) => a - b);
console.log(
  `quarter's figures (${quarter.length.toLocaleString()} tickets, whole + by day, hour, service, desk): median ${runs[2]!.toFixed(0)} ms, worst ${runs[4]!.toFixed(0)} ms (budget ≤ 1000 ms)`,
);
console.log(
  `  service level ${result.serviceLevel.percent?.toFixed(1)}% (${result.serviceLevel.met}/${result.serviceLevel.counted}), avoidable ${result.contacts.avoidablePercent?.toFixed(1)}%, first contact ${result.contacts.firstContactPercent?.toFixed(1)}%`,
);

// How the figures' cost grows with the tickets (issue 31: it should grow with them, not faster):
// the whole figures of the first n tickets, per thousand tickets, median of five.
const perThousand = [1_000, 10_000, 30_000, 100_000].map((n) => {
  const some = all.slice(0, n);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    t0 = performance.now();
    computeFigures(some, opts);
    times.push(ms(t0));
  }
  times.sort((a, b) => a - b);
  return `${n.toLocaleString()}: ${((times[2]! / n) * 1000).toFixed(2)} ms`;
});
console.log(`figures per thousand tickets (whole figures of the first n): ${perThousand.join(', ')}`);

// The staffing planner (docs/planner.md): a forecast from 12 weeks of a busy site, the week's desks
// needed by Erlang C for every half hour with customers, then every weekday's plan checked by the
// seeded simulation over 50 days (budget ≤ 2 s for the whole week, the check included).
const twelveWeeks = inDayRange(all, '2026-01-05', '2026-03-29');
const openDays = daysBetween('2026-01-05', '2026-03-29');
const rules = { standardMinutes: 10, targetPercent: 80, shrinkagePercent: 30 };
const simulation = { standardMinutes: 10, priorityStandardMinutes: 5, targetPercent: 80, days: 50, random: () => seededRandom(2026).next };
const erlangRuns: number[] = [];
const wholeRuns: number[] = [];
let planned = 0;
let changed = 0;
for (let i = 0; i < 5; i++) {
  t0 = performance.now();
  const forecast = forecastFrom(twelveWeeks, openDays);
  const plan = planWeek(forecast, rules, []);
  erlangRuns.push(ms(t0));
  const checked = checkWeek(forecast, plan, simulation);
  wholeRuns.push(ms(t0));
  planned = plan.length;
  changed = checked.filter((c) => c.desks !== c.erlangDesks).length;
}
erlangRuns.sort((a, b) => a - b);
wholeRuns.sort((a, b) => a - b);
console.log(
  `planner: forecast from 12 weeks (${twelveWeeks.length.toLocaleString()} tickets) + desks for ${planned} half hours: Erlang C only median ${erlangRuns[2]!.toFixed(0)} ms; with every weekday simulated over 50 seeded days median ${wholeRuns[2]!.toFixed(0)} ms, worst ${wholeRuns[4]!.toFixed(0)} ms (budget ≤ 2000 ms); the simulation changed ${changed} half hours' desks`,
);
