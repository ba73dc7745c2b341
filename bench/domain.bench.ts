/**
 * Domain core at a year's scale: fold 500k events into 100k tickets, then
 * compute a quarter's figures over 30k tickets (budget ≤ 1 s, DESIGN.md §6).
 * Run: npm run bench -- domain
 */
import { DEFAULT_SITE_CONFIG } from '../shared/config/site-config';
import { defaultHolidays } from '../shared/calendar/working-days';
import { initialHlc } from '../shared/clock/hlc';
import { stampDrafts } from '../shared/events/stamp';
import type { DomainEvent, TicketEvent } from '../shared/events/schema';
import { NO_NEEDS } from '../shared/events/schema';
import { computeFigures, inDayRange, sliceFigures } from '../shared/figures/figures';
import { foldAll } from '../shared/tickets/fold';
import type { Draft } from '../shared/tickets/decide';
import { seededRandom } from '../shared/testing/prng';
import { uuidv7 } from '../shared/core/uuidv7';

const TICKETS = 100_000;
const rng = seededRandom(42);
const services = DEFAULT_SITE_CONFIG.services;
const START = Date.UTC(2026, 0, 5, 9, 0);
const DAY_MS = 86_400_000;

function generate(): TicketEvent[] {
  let pos = { siteId: 'bench-site', deviceId: '00000000-0000-4000-8000-00000000be01', seq: 0, clock: initialHlc('00000000-0000-4000-8000-00000000be01') };
  const events: DomainEvent[] = [];
  const perDay = 400;
  for (let i = 0; i < TICKETS; i++) {
    const dayIndex = Math.floor(i / perDay);
    const issued = START + dayIndex * DAY_MS + (i % perDay) * 70_000;
    const day = new Date(START + dayIndex * DAY_MS).toISOString().slice(0, 10);
    const service = services[i % services.length]!;
    const ticketId = uuidv7(issued, rng.bytes(10));
    const wait = Math.floor(rng.next() * 20 * 60_000);
    const desk = String(1 + (i % 8));
    const roll = rng.next();
    const steps: [number, Draft][] = [
      [issued, { type: 'ticket.issued', ticketId, payload: { number: `${service.letter}${String((i % 999) + 1).padStart(3, '0')}`, serviceId: service.id, day, needs: NO_NEEDS, priority: false, standardMinutes: 10 } }],
      [issued + wait, { type: 'ticket.called', ticketId, payload: { desk } }],
    ];
    // A realistic mix: six in ten are recalled once, 5% no-show, 15% transferred on to another service.
    if (rng.next() < 0.6) steps.push([issued + wait + 20_000, { type: 'ticket.recalled', ticketId, payload: { desk } }]);
    if (roll < 0.05) steps.push([issued + wait + 120_000, { type: 'ticket.noShow', ticketId, payload: { desk } }]);
    else {
      steps.push([issued + wait + 30_000, { type: 'ticket.servingStarted', ticketId, payload: { desk } }]);
      if (roll > 0.85) {
        const to = services[(i + 1) % services.length]!;
        steps.push([issued + wait + 3 * 60_000, { type: 'ticket.transferred', ticketId, payload: { desk, toServiceId: to.id, standardMinutes: 10 } }]);
        steps.push([issued + wait + 9 * 60_000, { type: 'ticket.called', ticketId, payload: { desk } }]);
        steps.push([issued + wait + 9 * 60_000 + 30_000, { type: 'ticket.servingStarted', ticketId, payload: { desk } }]);
      }
      steps.push([
        issued + wait + 6 * 60_000,
        { type: 'ticket.completed', ticketId, payload: { desk, outcome: roll < 0.8 ? 'resolved' : 'referred', avoidable: roll < 0.25 ? { reasonId: 'progress-chasing' } : null, complaint: roll > 0.995 ? { directorate: service.directorate } : null } },
      ]);
    }
    for (const [at, d] of steps) {
      const r = stampDrafts(pos, [d], at, rng.bytes);
      if (!r.ok) throw new Error(r.error.message);
      pos = r.value.position;
      events.push(...r.value.events);
    }
  }
  return events as TicketEvent[];
}

const ms = (t0: number) => performance.now() - t0;

let t0 = performance.now();
const events = generate();
console.log(`generated ${events.length.toLocaleString()} events for ${TICKETS.toLocaleString()} tickets in ${ms(t0).toFixed(0)} ms`);

// Shuffle so the fold also pays for sorting arrivals from many devices.
for (let i = events.length - 1; i > 0; i--) {
  const j = Math.floor(rng.next() * (i + 1));
  [events[i], events[j]] = [events[j]!, events[i]!];
}

t0 = performance.now();
const tickets = foldAll(events);
const foldMs = ms(t0);
console.log(`fold: ${events.length.toLocaleString()} events → ${tickets.size.toLocaleString()} tickets in ${foldMs.toFixed(0)} ms (${Math.round(events.length / (foldMs / 1000)).toLocaleString()} events/s)`);

const all = [...tickets.values()];
const from = '2026-01-05';
const quarter = inDayRange(all, from, new Date(START + 74 * DAY_MS).toISOString().slice(0, 10));
const opts = { asOf: START + 200 * DAY_MS, targetPercent: 80, complaintPolicy: { acknowledgeWorkingDays: 5, respondWorkingDays: 10, holidays: defaultHolidays() } };
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
console.log(`  service level ${result.serviceLevel.percent?.toFixed(1)}% (${result.serviceLevel.met}/${result.serviceLevel.counted}), avoidable ${result.contacts.avoidablePercent?.toFixed(1)}%, first contact ${result.contacts.firstContactPercent?.toFixed(1)}%`);
