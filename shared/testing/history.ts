/**
 * A synthetic year at a busy site, for benchmarks and the database upgrade
 * test: 400 tickets a day by default, a
 * realistic mix of recalls, no-shows, transfers, avoidable contacts and
 * complaints, stamped by the real event stamper. Seeded: the same every run.
 */
import { DEFAULT_SITE_CONFIG } from '../config/site-config';
import { initialHlc } from '../clock/hlc';
import { stampDrafts } from '../events/stamp';
import type { DomainEvent } from '../events/schema';
import { NO_NEEDS } from '../events/schema';
import type { Draft } from '../tickets/decide';
import { seededRandom } from './prng';
import { uuidv7 } from '../core/uuidv7';

const DAY_MS = 86_400_000;

export function generateHistory(opts: {
  tickets: number;
  startMs: number;
  perDay?: number;
  seed?: number;
  deviceId?: string;
  siteId?: string;
  desks?: number;
}): DomainEvent[] {
  const rng = seededRandom(opts.seed ?? 42);
  const services = DEFAULT_SITE_CONFIG.services;
  const perDay = opts.perDay ?? 400;
  const deviceId = opts.deviceId ?? '00000000-0000-4000-8000-00000000be01';
  let pos = { siteId: opts.siteId ?? 'bench-site', deviceId, seq: 0, clock: initialHlc(deviceId) };
  const events: DomainEvent[] = [];
  for (let i = 0; i < opts.tickets; i++) {
    const dayIndex = Math.floor(i / perDay);
    const issued = opts.startMs + dayIndex * DAY_MS + (i % perDay) * 70_000;
    const day = new Date(opts.startMs + dayIndex * DAY_MS).toISOString().slice(0, 10);
    const service = services[i % services.length]!;
    const ticketId = uuidv7(issued, rng.bytes(10));
    const wait = Math.floor(rng.next() * 20 * 60_000);
    const desk = String(1 + (i % (opts.desks ?? 8)));
    const roll = rng.next();
    const steps: [number, Draft][] = [
      [
        issued,
        {
          type: 'ticket.issued',
          ticketId,
          payload: {
            number: `${service.letter}${String((i % 999) + 1).padStart(3, '0')}`,
            serviceId: service.id,
            day,
            needs: NO_NEEDS,
            priority: false,
            standardMinutes: 10,
          },
        },
      ],
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
        {
          type: 'ticket.completed',
          ticketId,
          payload: {
            desk,
            outcome: roll < 0.8 ? 'resolved' : 'referred',
            avoidable: roll < 0.25 ? { reasonId: 'progress-chasing' } : null,
            complaint: roll > 0.995 ? { directorate: service.directorate } : null,
          },
        },
      ]);
    }
    for (const [at, d] of steps) {
      const r = stampDrafts(pos, [d], at, rng.bytes);
      if (!r.ok) throw new Error(r.error.message);
      pos = r.value.position;
      events.push(...r.value.events);
    }
  }
  return events;
}

export function shuffle<T>(xs: T[], seed = 7): T[] {
  const rng = seededRandom(seed);
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}
