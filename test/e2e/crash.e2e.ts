import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/http/app';
import type { Database } from '../../server/db/adapter';
import { migrate } from '../../server/db/migrate';
import { openPglite } from '../../server/db/pglite';
import { createSite, enrolDevice } from '../../server/devices/devices';
import { pullEvents } from '../../server/devices/read';
import { isTicketEvent } from '../../shared/events/schema';
import type { DomainEvent } from '../../shared/events/schema';
import { defaultSettings } from '../../shared/settings/schema';
import { seededRandom } from '../../shared/testing/prng';
import { foldAll } from '../../shared/tickets/fold';
import type { Ticket } from '../../shared/tickets/state';
import { assertChromium } from './chromium';
import { startChromium } from './killable-chromium';
import type { KillableChromium } from './killable-chromium';
import { readLog } from './pages';

/**
 * A reception PC killed while staff work: Chromium (every process of it)
 * gets SIGKILL at seeded random moments while one window issues tickets and
 * another calls them, and the PC syncs with a real endpoint all the while.
 * The same profile is opened again each time. Nothing shown is lost, nothing
 * is doubled, no number is given twice, and the endpoint ends with every
 * event exactly once. CRASH_KILLS and CRASH_SEED set the run (the benchmark
 * runs a longer one).
 */
const KILLS = Number(process.env['CRASH_KILLS'] ?? 20);
const SEED = Number(process.env['CRASH_SEED'] ?? 20261125);
const SITE = 'crash-site';
const DEVICE = randomUUID();
let db: Database;
let endpoint: FastifyInstance;
let dir: string;
let current: KillableChromium | null = null;
/** While set, the endpoint stores a push and then holds its answer: a kill then lands between the two. */
let holdAcks = false;

beforeAll(async () => {
  assertChromium();
  db = await openPglite();
  await migrate(db);
  await createSite(db, SITE, 'Crash Hall');
  endpoint = await buildApp({ db });
  endpoint.addHook('onSend', async (req, _reply, payload) => {
    if (holdAcks && req.method === 'POST' && req.url.startsWith('/v1/events')) await new Promise((r) => setTimeout(r, 5000));
    return payload;
  });
  await endpoint.listen({ port: 0, host: '127.0.0.1' });
  dir = mkdtempSync(join(tmpdir(), 'oss-crash-'));
}, 60_000);
afterAll(async () => {
  await current?.kill();
  await endpoint?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

type RowTicket = Ticket & { day: string };

/** The tickets table, read raw from IndexedDB. */
async function readTickets(page: Page): Promise<RowTicket[]> {
  return page.evaluate(
    () =>
      new Promise<RowTicket[]>((resolve, reject) => {
        const open = indexedDB.open('oss-reception');
        open.onsuccess = () => {
          const req = open.result.transaction('tickets').objectStore('tickets').getAll();
          req.onsuccess = () => (open.result.close(), resolve(req.result as RowTicket[]));
          req.onerror = () => reject(req.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/**
 * Set for a kill "at the moment a number is shown": the page reports each new number on screen
 * (a MutationObserver, through a binding) and the browser is killed in that same callback. A number
 * on screen must already be on disk, so even this kill loses nothing; an app that showed the number
 * before its transaction committed loses it here.
 */
let killOnShow: ((number: string) => void) | null = null;

async function openPc(base: string): Promise<{ reception: Page; desk: Page }> {
  current = await startChromium(dir);
  const context = current.browser.contexts()[0]!;
  await context.exposeBinding('__numberShown', (_source, n: string) => killOnShow?.(n.replace(' ', '')));
  await context.addInitScript(() => {
    let last: string | null = null;
    new MutationObserver(() => {
      const n = document.querySelector('[data-testid="last-number"]')?.textContent ?? null;
      if (n && n !== last) (window as unknown as { __numberShown: (n: string) => void }).__numberShown(n);
      last = n;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const reception = await context.newPage();
  await reception.goto(`${base}#/reception`);
  await reception.getByRole('heading', { level: 1 }).waitFor();
  const desk = await context.newPage();
  await desk.goto(`${base}#/desk`);
  await desk.getByRole('heading', { level: 1 }).waitFor();
  return { reception, desk };
}

/** Issues tickets as fast as the greeter can, keeping every number the screen showed. */
async function issueBurst(page: Page, shown: Set<string>, stop: { now: boolean }) {
  const letters = ['C', 'H', 'B'];
  let i = 0;
  while (!stop.now) {
    const last = page.getByTestId('last-number');
    const before = (await last.count()) ? await last.textContent() : null;
    await page.getByRole('group', { name: 'Service' }).getByRole('radio').first().focus();
    await page.keyboard.press(letters[i++ % letters.length]!);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (prev) => {
        const el = document.querySelector('[data-testid="last-number"]');
        return el && el.textContent !== prev;
      },
      before,
      { polling: 20 },
    );
    shown.add((await last.textContent())!.replace(' ', ''));
  }
}

/** Calls the next customer and closes them as a no-show, again and again. */
async function callBurst(page: Page, called: Set<string>, stop: { now: boolean }) {
  if (await page.getByLabel('Desk number').count()) {
    await page.getByLabel('Desk number').fill('1');
    await page.getByRole('button', { name: 'Sign on' }).click();
  }
  while (!stop.now) {
    const noShow = page.getByRole('button', { name: 'No-show' });
    if (await noShow.count()) {
      await noShow.click();
      continue;
    }
    const next = page.getByRole('button', { name: 'Call next' });
    await next.waitFor();
    await next.click();
    const ticket = page.getByTestId('desk-ticket');
    await Promise.race([ticket.waitFor({ timeout: 2000 }), page.getByText('Nobody is waiting').waitFor({ timeout: 2000 })]).catch(() => undefined);
    if (await ticket.count()) called.add((await ticket.textContent())!.replace(' ', ''));
  }
}

async function unacknowledged(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('oss-reception');
        open.onsuccess = () => {
          const req = open.result.transaction('events').objectStore('events').index('pushed').count(0);
          req.onsuccess = () => (open.result.close(), resolve(req.result));
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

async function heldCount(): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE device_id = $1', [DEVICE])).rows[0]!.n;
}

async function waitUntil(ok: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function issueOne(page: Page, shown: Set<string>): Promise<void> {
  const stop = { now: false };
  const once = new Set<string>();
  const run = issueBurst(page, once, stop);
  await page.waitForFunction(() => document.querySelector('[data-testid="last-number"]') !== null, undefined, { polling: 20 });
  stop.now = true;
  await run;
  for (const n of once) shown.add(n);
}

function checkLog(log: DomainEvent[], tickets: RowTicket[], shown: Set<string>) {
  const own = log.filter((e) => e.deviceId === DEVICE).sort((a, b) => a.deviceSeq - b.deviceSeq);
  // Each device's sequence: 1, 2, 3… with no gap and no repeat.
  expect(own.map((e) => e.deviceSeq)).toEqual(own.map((_, i) => i + 1));
  // Every number the screen showed is in the log, and no number was given twice on a day.
  const issued = log.filter((e): e is Extract<DomainEvent, { type: 'ticket.issued' }> => e.type === 'ticket.issued');
  const numbers = issued.map((e) => `${e.payload.day} ${e.payload.number}`);
  expect(new Set(numbers).size).toBe(numbers.length);
  const inLog = new Set(issued.map((e) => e.payload.number));
  expect([...shown].filter((n) => !inLog.has(n))).toEqual([]);
  // The projection is the fold of the log.
  const folded = foldAll(log.filter(isTicketEvent));
  expect(tickets.length).toBe(folded.size);
  for (const t of tickets)
    expect({ id: t.id, status: t.status, desk: t.desk, eventCount: t.eventCount }).toEqual({
      id: t.id,
      status: folded.get(t.id)!.status,
      desk: folded.get(t.id)!.desk,
      eventCount: folded.get(t.id)!.eventCount,
    });
}

describe('a reception PC killed while staff work', () => {
  it(`loses nothing shown, doubles nothing, and syncs every event exactly once (${KILLS} kills)`, async () => {
    const base = inject('baseUrl');
    const { token } = await enrolDevice(db, SITE, 'Front desk', DEVICE);
    const rng = seededRandom(SEED);
    const shown = new Set<string>();
    const called = new Set<string>();
    // First start: set the PC up (settings and token live in the profile, as IT would leave them),
    // and quit normally: localStorage reaches disk lazily, so a kill right after would lose it.
    {
      const { reception } = await openPc(base);
      const settings = {
        ...defaultSettings(DEVICE),
        mode: 'live',
        siteId: SITE,
        deviceName: 'Front desk',
        endpointUrl: `http://127.0.0.1:${(endpoint.server.address() as { port: number }).port}`,
      };
      await reception.evaluate(
        ([s, t]) => (localStorage.setItem('oss.settings.v1', s!), localStorage.setItem('oss.deviceToken', t!)),
        [JSON.stringify(settings), token],
      );
      await current!.close();
    }
    let kills = 0;
    let killedOnShow = 0;
    while (kills < KILLS) {
      const { reception, desk } = await openPc(base);
      const log = await readLog(reception);
      checkLog(log, await readTickets(reception), shown);
      const stop = { now: false };
      const work = Promise.allSettled([issueBurst(reception, shown, stop), callBurst(desk, called, stop)]);
      const pause = new Promise((r) => setTimeout(r, 300 + Math.floor(rng.next() * 1500)));
      if (kills % 2 === 1) {
        // Every other kill lands the instant a new number appears on screen.
        const pc = current!;
        await pause;
        await new Promise<void>((resolve) => {
          killOnShow = (n) => {
            killOnShow = null;
            pc.killNow();
            shown.add(n);
            resolve();
          };
        });
        killedOnShow++;
      } else await pause;
      stop.now = true;
      await current!.kill();
      await work;
      kills++;
    }
    // A kill in the middle of a sync round: the endpoint has stored the batch, the PC has not
    // heard back. The PC sends it again after the restart; the endpoint keeps one copy.
    {
      const heldBefore = await heldCount();
      holdAcks = true;
      const { reception } = await openPc(base);
      await issueOne(reception, shown);
      await waitUntil(async () => (await heldCount()) > heldBefore);
      // Stored at the endpoint, still waiting to be marked sent here: now the power goes.
      expect(await unacknowledged(reception)).toBeGreaterThan(0);
      await current!.kill();
      holdAcks = false;
    }
    // After the last kill: open once more, check, and let the PC sync everything.
    const { reception } = await openPc(base);
    const log = await readLog(reception);
    checkLog(log, await readTickets(reception), shown);
    const synced = () => /Online.* 0 waiting to send/.test(document.querySelector('[data-testid="sync-status"]')?.textContent ?? '');
    await reception.waitForFunction(synced, undefined, { timeout: 30_000, polling: 200 }).catch(async (e: Error) => {
      throw new Error(`${e.message}; the status said: ${await reception.getByTestId('sync-status').textContent()}`);
    });
    const held = await pullEvents(db, SITE, 0, 100_000);
    const ids = held.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(log.map((e) => e.id).sort());
    console.info(
      `crash test: ${kills} kills (${killedOnShow} the instant a number was shown), ${shown.size} tickets shown and ${called.size} called, all in the log; ${log.length} events, each held once by the endpoint`,
    );
    expect(shown.size).toBeGreaterThan(KILLS);
  }, 600_000);
});
