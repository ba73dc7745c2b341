import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/http/app';
import type { Database } from '../../server/db/adapter';
import { migrate } from '../../server/db/migrate';
import { openPglite } from '../../server/db/pglite';
import { createSite, enrolDevice } from '../../server/devices/devices';
import { pullEvents } from '../../server/devices/read';
import { DEFAULT_SITE_CONFIG } from '../../shared/config/site-config';
import { isTicketEvent } from '../../shared/events/schema';
import type { DomainEvent } from '../../shared/events/schema';
import { foldAll } from '../../shared/tickets/fold';
import type { Ticket } from '../../shared/tickets/state';
import { ReceptionDb } from '../../renderer/src/db/database';
import type { DeviceContext } from '../../renderer/src/db/commands';
import { testContext } from '../support/device-context';
import { httpEndpoint } from '../../renderer/src/sync/api';

/**
 * A site for sync tests in Node: a real endpoint on loopback (PGlite in
 * memory) and reception PCs that are the renderer's own code over
 * fake-indexeddb, each with its own database, clock and seed.
 */
export interface World {
  db: Database;
  app: FastifyInstance;
  base: string;
  close: () => Promise<void>;
}

export async function startWorld(): Promise<World> {
  const db = await openPglite();
  await migrate(db);
  const app = await buildApp({ db });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return { db, app, base, close: async () => (await app.close(), await db.close()) };
}

export interface Pc {
  deviceId: string;
  ctx: DeviceContext & { advance: (minutes: number) => void };
  local: ReceptionDb;
  token: string;
}

let dbCounter = 0;
/** Enrols one PC at a site (which must exist) with its own database, clock at `startMs` and seed. */
export async function enrolPc(w: World, siteId: string, slot: { slot: number; slots: number }, startMs: number, seed: number): Promise<Pc> {
  const { deviceId, token } = await enrolDevice(w.db, siteId, `PC ${slot.slot + 1}`);
  const ctx = { ...testContext(deviceId, startMs, seed), siteId, slot, config: { ...DEFAULT_SITE_CONFIG, issuingSlots: slot.slots } };
  return { deviceId, ctx, token, local: new ReceptionDb(`world-${siteId}-${++dbCounter}`) };
}

export async function sitePcs(w: World, siteId: string, count: number, startMs: number, seed: number): Promise<Pc[]> {
  await createSite(w.db, siteId, `Site ${siteId}`);
  const pcs: Pc[] = [];
  for (let i = 0; i < count; i++) pcs.push(await enrolPc(w, siteId, { slot: i, slots: count }, startMs, seed * 100 + i + 1));
  return pcs;
}

export const apiFor = (pc: Pc, base: string, fetchImpl?: typeof fetch, timeoutMs?: number) => httpEndpoint(base, pc.token, fetchImpl, timeoutMs);

import { unwrap } from '../../shared/testing/scenario';
export { unwrap };

/** A PC's tickets, in a form to compare across PCs. */
export async function ticketsOf(local: ReceptionDb): Promise<Ticket[]> {
  return (await local.tickets.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Every event the endpoint holds for a site, in ingest order. */
export async function serverEvents(db: Database, siteId: string): Promise<DomainEvent[]> {
  const page = await pullEvents(db, siteId, 0, 1_000_000);
  return page.events;
}

/** What the endpoint's events fold to: the projection every PC must end with. */
export function foldServer(events: readonly DomainEvent[]): Ticket[] {
  return [...foldAll(events.filter(isTicketEvent), events).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

const SERVICES = ['council-tax', 'housing', 'benefits'];
export const ALL_DESK_SKILLS = { bsl: true, accessibleDesk: true, languages: [], interpreterLine: true };

/** One thing a member of staff does at a PC. Refusals (nobody waiting, nothing to finish) are part of the day. */
export type Act = { kind: 'issue'; service: number } | { kind: 'call' } | { kind: 'serve' } | { kind: 'finish' };

export async function act(pc: Pc, desk: string, a: Act): Promise<boolean> {
  const { issueTicket, ticketCommand } = await import('../../renderer/src/db/commands');
  const { callNext } = await import('../../renderer/src/db/call-next');
  const held = await pc.local.tickets
    .where('status')
    .anyOf('called', 'serving')
    .filter((t) => t.desk === desk)
    .first();
  switch (a.kind) {
    case 'issue':
      return (
        await issueTicket(pc.local, pc.ctx, {
          serviceId: SERVICES[a.service % SERVICES.length]!,
          needs: { bsl: false, wheelchair: false, language: null },
          priority: false,
        })
      ).ok;
    case 'call':
      return (await callNext(pc.local, pc.ctx, desk)).ok;
    case 'serve':
      return !!held && (await ticketCommand(pc.local, pc.ctx, { type: 'startServing', ticketId: held.id, desk })).ok;
    case 'finish':
      return (
        !!held &&
        (await ticketCommand(pc.local, pc.ctx, { type: 'complete', ticketId: held.id, desk, outcome: 'resolved', avoidable: null, complaint: null })).ok
      );
  }
}

export async function signOn(pc: Pc, desk: string): Promise<void> {
  const { deskCommand } = await import('../../renderer/src/db/commands');
  unwrap(await deskCommand(pc.local, pc.ctx, { type: 'signOn', desk, services: SERVICES, skills: ALL_DESK_SKILLS }));
}
