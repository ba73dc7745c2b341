import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/http/app';
import type { Database } from '../../server/db/adapter';
import { migrate } from '../../server/db/migrate';
import { openPglite } from '../../server/db/pglite';
import { createSite, enrolDevice } from '../../server/devices/devices';
import { pullEvents } from '../../server/devices/read';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromium } from './chromium';
import { openScreen as open, readLog } from './pages';
import { configurePc } from './pcs';
import { issue, signOn } from './staff';

/**
 * Two reception PCs as two browser profiles (each its own IndexedDB and
 * settings), a real endpoint on loopback between them. One shared queue while
 * the endpoint is up; both keep working while it is down; all converge when
 * it comes back, with nothing lost, nothing doubled, no number given twice.
 */
const SITE = 'e2e-site';
let db: Database;
let endpoint: FastifyInstance;
let port = 0;
const pcs: { name: string; context: BrowserContext; dir: string; deviceId: string }[] = [];

async function startEndpoint() {
  endpoint = await buildApp({ db });
  await endpoint.listen({ port, host: '127.0.0.1' });
  port = (endpoint.server.address() as { port: number }).port;
}

async function pc(name: string, slot: number, site = SITE): Promise<BrowserContext> {
  const deviceId = randomUUID();
  const { token } = await enrolDevice(db, site, name, deviceId);
  const dir = mkdtempSync(join(tmpdir(), 'oss-pc-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  await configurePc(context, inject('baseUrl'), deviceId, token, {
    siteId: site,
    deviceName: name,
    endpointUrl: `http://127.0.0.1:${port}`,
    issuingSlot: slot,
    issuingSlots: 2,
  });
  pcs.push({ name, context, dir, deviceId });
  return context;
}

const status = (page: Page) => page.getByTestId('sync-status');

beforeAll(async () => {
  assertChromium();
  db = await openPglite();
  await migrate(db);
  await createSite(db, SITE, 'Chorley Town Hall');
  await startEndpoint();
}, 60_000);
afterAll(async () => {
  for (const p of pcs) {
    await p.context.close();
    rmSync(p.dir, { recursive: true, force: true });
  }
  await endpoint?.close();
  await db?.close();
});

describe('two reception PCs and an endpoint', () => {
  it('share one queue live, keep working through an outage, converge with nothing lost or doubled, and tell the desk that lost a race', async () => {
    const a = await pc('Front desk', 0);
    const b = await pc('Desk 2 PC', 1);
    const receptionA = await open(a, 'reception');
    const queueB = await open(b, 'queue');
    await status(receptionA)
      .filter({ hasText: 'Online, live' })
      .waitFor({ timeout: 15_000 })
      .catch(async (e) => {
        throw new Error(`${String(e)}: status is ${await status(receptionA).textContent()}`);
      });
    await status(queueB).filter({ hasText: 'Online, live' }).waitFor();

    // A ticket issued on A is on B's queue well before B's next timed pull (5 s): the live stream brought it.
    const first = await issue(receptionA, 'c');
    await queueB.locator(`tr[data-ticket="${first.replace(' ', '')}"]`).waitFor({ timeout: 4000 });

    // B calls it; A sees it called at desk 2.
    const deskB = await open(b, 'desk');
    await signOn(deskB, '2', 'all');
    await deskB.getByRole('button', { name: 'Call next' }).click();
    expect(await deskB.getByTestId('desk-ticket').textContent()).toBe(first);
    // A fresh page on A: it loads, goes online and reads the call B made (no time budget here).
    const queueA = await open(a, 'queue');
    await status(queueA).filter({ hasText: 'Online' }).waitFor({ timeout: 15_000 });
    await queueA.getByText(`${first}: desk 2, called`).waitFor({ timeout: 10_000 });

    // A planning customer both PCs know about, and a planning desk on each PC.
    const planning = await issue(receptionA, 'p');
    await queueB.locator(`tr[data-ticket="${planning.replace(' ', '')}"]`).waitFor({ timeout: 4000 });
    const deskA1 = await open(a, 'desk');
    await signOn(deskA1, '1', ['Planning']);
    const deskB3 = await open(b, 'desk');
    await signOn(deskB3, '3', ['Planning']);

    // The endpoint goes down. Both PCs say so, and keep issuing and serving.
    await endpoint.close();
    await status(queueA).filter({ hasText: 'Offline' }).waitFor({ timeout: 15_000 });
    const offline: string[] = [];
    for (const letter of ['c', 'h', 'c']) offline.push(await issue(receptionA, letter));
    const receptionB = await open(b, 'reception');
    for (const letter of ['c', 'b']) offline.push(await issue(receptionB, letter));
    await deskB.bringToFront();
    await deskB.getByRole('button', { name: 'Start serving' }).click();
    await status(receptionB)
      .filter({ hasText: /[1-9]\d* waiting to send/ })
      .waitFor();
    // Out of touch, desk 3 (on B) and then desk 1 (on A) both call the planning customer.
    await deskB3.bringToFront();
    await deskB3.getByRole('button', { name: 'Call next' }).click();
    expect(await deskB3.getByTestId('desk-ticket').textContent()).toBe(planning);
    await deskA1.bringToFront();
    await deskA1.getByRole('button', { name: 'Call next' }).click();
    expect(await deskA1.getByTestId('desk-ticket').textContent()).toBe(planning);

    // Back up: everything goes through by itself.
    await startEndpoint();
    await status(receptionA).filter({ hasText: '0 waiting to send' }).waitFor({ timeout: 30_000 });
    await status(receptionB).filter({ hasText: '0 waiting to send' }).waitFor({ timeout: 30_000 });
    const held = (await pullEvents(db, SITE, 0, 100_000)).events;
    const heldIds = held.map((e) => e.id).sort();
    expect(new Set(heldIds).size).toBe(heldIds.length);
    await expect.poll(async () => (await readLog(receptionA)).map((e) => e.id).sort(), { timeout: 15_000 }).toEqual(heldIds);
    await expect.poll(async () => (await readLog(receptionB)).map((e) => e.id).sort(), { timeout: 15_000 }).toEqual(heldIds);

    // Desk 3 called first, so desk 3 has the customer; desk 1 is told so, in words.
    await deskA1.bringToFront();
    await deskA1.getByText(`${planning} was also called at desk 3 before this PC heard of it`).waitFor({ timeout: 10_000 });
    expect(await deskA1.getByTestId('desk-ticket').count()).toBe(0);
    await deskB3.bringToFront();
    expect(await deskB3.getByTestId('desk-ticket').textContent()).toBe(planning);

    // Seven tickets, seven different numbers, and both PCs show the same queue.
    const numbers = held.flatMap((e) => (e.type === 'ticket.issued' ? [e.payload.number] : []));
    expect(numbers).toHaveLength(7);
    expect(new Set(numbers).size).toBe(7);
    for (const n of offline) expect(numbers).toContain(n.replace(' ', ''));
    const rows = async (page: Page) => (await page.locator('tr[data-ticket]').evaluateAll((els) => els.map((e) => e.getAttribute('data-ticket')))).sort();
    await queueA.bringToFront();
    await expect.poll(() => rows(queueA), { timeout: 10_000 }).toEqual(offline.map((n) => n.replace(' ', '')).sort());
    await queueB.bringToFront();
    await expect.poll(() => rows(queueB), { timeout: 10_000 }).toEqual(await rows(queueA));

    // The live stream came back with the endpoint: a new ticket reaches B without waiting for a timed pull.
    await status(queueB).filter({ hasText: 'Online, live' }).waitFor({ timeout: 15_000 });
    const later = await issue(receptionA, 'g');
    await queueB.bringToFront();
    await queueB.locator(`tr[data-ticket="${later.replace(' ', '')}"]`).waitFor({ timeout: 4000 });
  }, 120_000);
});

describe('one PC showing the app in several windows', () => {
  it('syncs from one window only, shows its status in every window, and another window takes over when it closes', async () => {
    await createSite(db, 'e2e-windows', 'Leyland Library');
    const context = await pc('Reception with a display', 0, 'e2e-windows');
    const streamsFrom: Page[] = [];
    context.on('request', (r) => {
      if (r.url().includes('/v1/stream')) streamsFrom.push(r.frame().page());
    });
    const first = await open(context, 'queue');
    await status(first).filter({ hasText: 'Online, live' }).waitFor({ timeout: 15_000 });
    const second = await open(context, 'reception');
    // The second window does not sync itself, yet says how sync is going.
    await status(second).filter({ hasText: 'Online, live' }).waitFor({ timeout: 10_000 });
    const ticket = await issue(second, 'c');
    await status(second).filter({ hasText: '0 waiting to send' }).waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await pullEvents(db, 'e2e-windows', 0, 100)).events.filter((e) => e.type === 'ticket.issued').length).toBe(1);
    expect(streamsFrom.length).toBeGreaterThan(0);
    expect(streamsFrom.every((p) => p === first)).toBe(true);

    // The syncing window closes: the other one picks the work up by itself.
    await first.close();
    await expect.poll(() => streamsFrom.filter((p) => p === second).length, { timeout: 15_000 }).toBeGreaterThan(0);
    await status(second).filter({ hasText: 'Online, live' }).waitFor({ timeout: 15_000 });
    const next = await issue(second, 'c');
    await expect
      .poll(async () => (await pullEvents(db, 'e2e-windows', 0, 100)).events.flatMap((e) => (e.type === 'ticket.issued' ? [e.payload.number] : [])).sort(), {
        timeout: 10_000,
      })
      .toEqual([ticket, next].map((n) => n.replace(' ', '')).sort());
  }, 60_000);
});
