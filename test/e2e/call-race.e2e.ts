import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullEvents } from '../../server/devices/read';
import type { DomainEvent } from '../../shared/events/schema';
import { launchChromium } from './chromium';
import { announcements, spyOnAnnouncements } from './display-spy';
import { openScreen, readLog, readTicketStates } from './pages';
import { live, siteWorld } from './site-world';
import { issue, signOn } from './staff';

/**
 * The moment a counter meets every few minutes: two desk PCs pressing Call next together, a
 * calling display watching, through a real endpoint. Online the endpoint arbitrates each call, so
 * no customer is called to two desks; offline each press still ends in a call, and once the PCs
 * meet again every customer is at one desk and the display has said nothing that did not stand.
 */
const SITE = 'call-race';
const ROUNDS = 20;
let browser: Browser;
let world: Awaited<ReturnType<typeof siteWorld>>;
let greeterPc: BrowserContext;
let pcs: BrowserContext[];
let displayPc: BrowserContext;
let desks: Page[];
let display: Page;

beforeAll(async () => {
  browser = await launchChromium();
  world = await siteWorld(browser, SITE, 'Chorley Town Hall');
  greeterPc = await world.pc('Front desk', { issuingSlot: 0, issuingSlots: 3 });
  pcs = [await world.pc('Desk PC 1', { issuingSlot: 1, issuingSlots: 3 }), await world.pc('Desk PC 2', { issuingSlot: 2, issuingSlots: 3 })];
  displayPc = await world.pc('Calling display', {}, { width: 1920, height: 1080 });
  await spyOnAnnouncements(displayPc);
}, 60_000);
afterAll(async () => {
  await world?.close();
  await browser?.close();
});

/** Both desks press Call next in the same turn of the test's event loop: the two clicks leave together. */
const pressTogether = () =>
  Promise.all(desks.map((d) => d.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Call next')!.click())));

const customerAt = async (desk: Page) => {
  await desk.getByTestId('desk-ticket').waitFor({ timeout: 10_000 });
  return (await desk.getByTestId('desk-ticket').textContent())!;
};

async function noShowBoth() {
  for (const d of desks) {
    await d.getByRole('button', { name: 'No-show' }).click();
    await d.getByTestId('desk-ticket').waitFor({ state: 'detached' });
  }
}

const count = (log: readonly DomainEvent[], type: string) => log.filter((e) => e.type === type).length;

/** Customers with more than one call standing or set aside in the endpoint's log: called to two desks. */
function calledTwice(log: readonly DomainEvent[]): string[] {
  const numbers = new Map(log.flatMap((e) => (e.type === 'ticket.issued' ? [[e.ticketId!, e.payload.number] as const] : [])));
  const calls = new Map<string, number>();
  for (const e of log) if (e.type === 'ticket.called') calls.set(e.ticketId!, (calls.get(e.ticketId!) ?? 0) + 1);
  return [...calls].filter(([, n]) => n > 1).map(([id]) => numbers.get(id)!);
}

/** How many customers have at least one call in the log. */
const countCalled = async (log: readonly DomainEvent[]) => new Set(log.filter((e) => e.type === 'ticket.called').map((e) => e.ticketId)).size;

/** What the display said, as (number, desk) pairs: "Ticket C, 0, 1, 3. Please go to desk 2." */
const heard = (spoken: readonly string[]) =>
  spoken.map((s) => {
    const m = /Ticket (\w), ([\d, ]+)\. Please go to desk (\w+)\./.exec(s)!;
    return { number: `${m[1]}${m[2]!.replaceAll(', ', '')}`, desk: m[3]! };
  });

describe('two desks pressing Call next together', () => {
  it(`online, ${ROUNDS} rounds: never one customer to two desks, every press a call, every spoken call the one that stands`, async () => {
    display = await openScreen(displayPc, 'display');
    await display.getByRole('button', { name: 'Turn sound on' }).click();
    const reception = await openScreen(greeterPc, 'reception');
    await live(reception);
    for (let i = 0; i < ROUNDS * 4; i++) await issue(reception, 'c');
    desks = [await openScreen(pcs[0]!, 'desk'), await openScreen(pcs[1]!, 'desk')];
    for (const [i, d] of desks.entries()) {
      await signOn(d, String(i + 1), 'all');
      await live(d);
      await expect.poll(async () => count(await readLog(d), 'ticket.issued'), { timeout: 15_000 }).toBe(ROUNDS * 4);
    }

    const called: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      await pressTogether();
      const pair = [await customerAt(desks[0]!), await customerAt(desks[1]!)];
      expect(pair[0], `round ${round}`).not.toBe(pair[1]);
      called.push(...pair);
      // The customers hear their call before the desks give up on them.
      await expect.poll(async () => (await announcements(display)).spoken.length, { timeout: 10_000 }).toBe(round * 2);
      await noShowBoth();
      // Both PCs see the same queue before the next press: the hardest case for a collision.
      for (const d of desks) await expect.poll(async () => count(await readLog(d), 'ticket.noShow'), { timeout: 10_000 }).toBe(round * 2);
    }

    const log = (await pullEvents(world.db, SITE, 0, 100_000)).events;
    expect(calledTwice(log)).toEqual([]);
    expect(new Set(called).size).toBe(ROUNDS * 2);
    // Every spoken call names the desk the customer was called to, and every call was spoken once.
    const desksOf = new Map(called.map((n, i) => [n.replace(' ', ''), String((i % 2) + 1)]));
    const spoken = heard((await announcements(display)).spoken);
    expect(spoken.filter((s) => desksOf.get(s.number) !== s.desk)).toEqual([]);
    expect(spoken.map((s) => s.number).sort()).toEqual([...desksOf.keys()].sort());
    // No-shows leave "Now calling"; "Recent calls" holds both desks' calls; no staff control in public view.
    await expect.poll(() => display.getByTestId('display-call').count()).toBe(0);
    const recent = await display.getByRole('region', { name: 'Recent calls' }).getByRole('listitem').allTextContents();
    expect(new Set(recent)).toEqual(new Set(called.slice(-8).map((n) => `${n} → desk ${desksOf.get(n.replace(' ', ''))}`)));
    expect(await display.getByRole('button').count()).toBe(0);
  }, 240_000);

  it(`with the endpoint down, ${ROUNDS} rounds: every press still ends in a call, and once back every customer is at one desk and nothing wrong was said`, async () => {
    const spokenBefore = (await announcements(display)).spoken.length;
    await world.stopEndpoint();
    for (const d of desks) await d.getByTestId('sync-status').filter({ hasText: 'Offline' }).waitFor({ timeout: 20_000 });
    for (let round = 1; round <= ROUNDS; round++) {
      await pressTogether();
      // Out of touch they may reach for the same customer; each press still calls someone.
      for (const d of desks) expect(await customerAt(d), `round ${round}`).toMatch(/^C \d{3}$/);
      await noShowBoth();
    }
    await world.startEndpoint();
    for (const d of desks) await d.getByTestId('sync-status').filter({ hasText: '0 waiting to send' }).waitFor({ timeout: 30_000 });
    const log = (await pullEvents(world.db, SITE, 0, 100_000)).events;
    await expect.poll(async () => (await readLog(display)).length, { timeout: 20_000 }).toBe(log.length);
    // Every customer called is now with exactly one desk's call, and closed there.
    const states = Object.values(await readTicketStates(display)).filter((t) => t.status !== 'waiting');
    expect(states).toHaveLength(await countCalled(log));
    expect(states.every((t) => t.status === 'noShow')).toBe(true);
    // Closed before the display heard of them: nobody is waiting to hear these calls, and none was spoken.
    await new Promise((r) => setTimeout(r, 2_000));
    expect((await announcements(display)).spoken.slice(spokenBefore)).toEqual([]);
    for (const d of desks) {
      expect(await d.getByRole('button', { name: 'Call next' }).isVisible()).toBe(true);
      // The desk that lost its calls hears of them in a few lines, not twenty notices.
      expect(await d.locator('.lost-calls p').count()).toBeLessThanOrEqual(4);
    }
  }, 240_000);
});
