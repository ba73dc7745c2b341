import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayNumber } from '../../shared/tickets/state';
import { spokenCall } from '../../shared/tickets/calls';
import { launchChromium } from './chromium';
import { announcements, spyOnAnnouncements } from './display-spy';
import { openScreen, readLog } from './pages';
import { live, siteWorld } from './site-world';
import { issue, signOn } from './staff';

/**
 * A busy morning at one site, as it happens at a real counter: a greeter's
 * PC, two desk PCs with two desks each, and a calling display PC, all
 * through a real endpoint, people acting at the same moment.
 */
const SITE = 'busy-site';
let browser: Browser;
let world: Awaited<ReturnType<typeof siteWorld>>;
let greeter: BrowserContext;
let deskPc1: BrowserContext;
let deskPc2: BrowserContext;
let displayPc: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  world = await siteWorld(browser, SITE, 'Chorley Town Hall');
  greeter = await world.pc('Front desk', { issuingSlot: 0, issuingSlots: 3 });
  deskPc1 = await world.pc('Desk PC 1', { issuingSlot: 1, issuingSlots: 3 });
  deskPc2 = await world.pc('Desk PC 2', { issuingSlot: 2, issuingSlots: 3 });
  displayPc = await world.pc('Calling display', {}, { width: 1920, height: 1080 });
  await spyOnAnnouncements(displayPc);
}, 60_000);
afterAll(async () => {
  await world?.close();
  await browser?.close();
});

/** The numbers the display's PC has seen called, in the order every PC agrees on (HLC). */
async function callOrder(display: Page): Promise<string[]> {
  const log = await readLog(display);
  const numbers = new Map(log.flatMap((e) => (e.type === 'ticket.issued' ? [[e.ticketId!, e.payload.number] as const] : [])));
  return log
    .filter((e) => e.type === 'ticket.called' || e.type === 'ticket.recalled')
    .sort((a, b) => (a.hlc < b.hlc ? -1 : 1))
    .map((e) => numbers.get(e.ticketId!)!);
}

const knows = (page: Page, issued: number) =>
  expect.poll(async () => (await readLog(page)).filter((e) => e.type === 'ticket.issued').length, { timeout: 15_000 }).toBe(issued);

describe('a busy morning: a greeter, two desk PCs and a calling display through one endpoint', () => {
  let display: Page;
  let desks: Page[];

  it('chimes and speaks every call, in order, when desks call at the same moment and in a burst, and shows calls made together large', async () => {
    display = await openScreen(displayPc, 'display');
    await display.getByRole('button', { name: 'Turn sound on' }).click();
    const reception = await openScreen(greeter, 'reception');
    await live(reception);
    for (let i = 0; i < 8; i++) await issue(reception, i % 3 === 1 ? 'h' : 'c');

    desks = [await openScreen(deskPc1, 'desk'), await openScreen(deskPc2, 'desk'), await openScreen(deskPc1, 'desk'), await openScreen(deskPc2, 'desk')];
    // Desk 2 covers housing, desks 1 and 3 council tax: the PCs never reach for the same customer
    // (two PCs calling one customer at once is the lost-call case, tested in sync.e2e.ts).
    for (const [i, desk] of desks.entries()) await signOn(desk, String(i + 1), i === 1 ? ['Housing'] : i === 3 ? 'all' : ['Council Tax']);
    await knows(desks[0]!, 8);
    await knows(desks[1]!, 8);

    // Desks 1, 2 and 3, on two PCs, press Alt+N at the same moment. The display opened on an empty day.
    await Promise.all([0, 1, 2].map((i) => desks[i]!.keyboard.press('Alt+N')));
    await expect.poll(async () => (await announcements(display)).spoken.length, { timeout: 15_000 }).toBe(3);
    await expect.poll(() => display.getByTestId('display-call').count()).toBe(3);

    // A burst of four calls in about a second and a half: a new call and three recalls.
    const burst: [Page, string][] = [
      [desks[3]!, 'Alt+N'],
      [desks[0]!, 'Alt+R'],
      [desks[2]!, 'Alt+R'],
      [desks[1]!, 'Alt+R'],
    ];
    for (const [desk, key] of burst) {
      await desk.keyboard.press(key);
      await desk.waitForTimeout(400);
    }
    await expect.poll(async () => (await announcements(display)).spoken.length, { timeout: 20_000 }).toBe(7);
    const heard = await announcements(display);
    expect(heard.chimes).toBe(7);
    const order = await callOrder(display);
    expect(order).toHaveLength(7);
    const atDesk = new Map<string, string>();
    for (const [i, desk] of desks.entries()) atDesk.set((await desk.getByTestId('desk-ticket').textContent())!.replace(' ', ''), String(i + 1));
    const expected = order.map((n) => spokenCall(n, atDesk.get(n)!));
    // The three made at the same moment on two PCs are spoken as they reach the display; the burst in the order made.
    expect(heard.spoken.slice(0, 3).sort()).toEqual(expected.slice(0, 3).sort());
    expect(heard.spoken.slice(3)).toEqual(expected.slice(3));

    // The four calls of the burst are all shown large, newest first.
    const large = await display.getByTestId('display-number').allTextContents();
    expect(large).toEqual(order.slice(3).reverse().map(displayNumber));

    // The lower part of the screen is used: the calls before and the expected wait per service.
    const waits = display.getByRole('region', { name: 'Expected wait now' });
    expect(await waits.getByRole('listitem').count()).toBeGreaterThan(3);
    const box = (await waits.boundingBox())!;
    expect(box.y).toBeGreaterThan(1080 * 0.5);
    expect(box.y).toBeLessThan(1080 * 0.7);
    // All of it on the one screen, nothing to scroll to.
    expect(await display.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await display.screenshot({ path: 'test-results/display-1920x1080.png' }).catch(() => undefined);
  }, 120_000);
});
