import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { enrolDevice } from '../../server/devices/devices';
import { pullEvents } from '../../server/devices/read';
import { displayNumber } from '../../shared/tickets/state';
import { spokenCall } from '../../shared/tickets/calls';
import { launchChromium } from './chromium';
import { announcements, spyOnAnnouncements } from './display-spy';
import { openScreen, readLog, readTicketStates } from './pages';
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
    // Each press as soon as the one before has reached the display's PC: a burst from two PCs whose
    // order the display can know (calls from two PCs reach it in whatever order the network brings them).
    const callsBy = async (page: Page, desk: string) =>
      (await readLog(page)).filter((e) => (e.type === 'ticket.called' || e.type === 'ticket.recalled') && e.payload.desk === desk).length;
    for (const [desk, key] of burst) {
      const number = String(desks.indexOf(desk) + 1);
      const before = await callsBy(display, number);
      await desk.keyboard.press(key);
      await expect.poll(() => callsBy(display, number), { timeout: 15_000 }).toBe(before + 1);
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

  it('refuses a second PC signing on as a desk that is open, and keeps that desk’s skills', async () => {
    const intruder = await openScreen(greeter, 'desk');
    await intruder.getByLabel('Desk number').fill('2');
    await intruder.getByRole('button', { name: 'Sign on' }).click();
    await intruder.getByText(/^Desk 2 is already open on Desk PC 2 since \d\d:\d\d, covering 1 service\./).waitFor();
    await intruder.getByRole('button', { name: 'Take over desk 2 with my services and skills' }).waitFor();
    await intruder.close();
    const desk2 = (await readLog(desks[0]!)).filter((e) => e.type === 'desk.signedOn' && e.payload.desk === '2');
    expect(desk2.map((e) => e.type === 'desk.signedOn' && e.payload.services)).toEqual([['housing']]);
  });

  it('does not call a second customer to a desk that already has one (the out-of-turn form against Call next)', async () => {
    const desk2 = desks[1]!;
    await desk2.bringToFront();
    await desk2.getByRole('button', { name: 'Return to queue' }).click();
    await desk2.getByRole('button', { name: 'Call next' }).waitFor();
    const rowCall = desk2.locator('tr[data-ticket="H004"]').getByRole('button', { name: 'Call H 004' });
    await rowCall.click();
    await desk2.getByRole('button', { name: 'Call next' }).click();
    await desk2.getByTestId('desk-ticket').filter({ hasText: 'H 001' }).waitFor();
    await desk2.locator('form.out-of-turn').getByRole('button', { name: 'Call H 004' }).click();
    await desk2.getByText('Desk 2 has called H 001. Finish, transfer or return your current customer first.').waitFor();
    const h004 = (await readLog(desk2)).find((e) => e.type === 'ticket.issued' && e.payload.number === 'H004')!;
    expect((await readLog(desk2)).filter((e) => e.type === 'ticket.called' && e.ticketId === h004.ticketId)).toEqual([]);
  });

  it('closing on a desk PC says it closes the whole site and for whom; the greeter sees it and cannot issue until it is reopened', async () => {
    const reception = await openScreen(greeter, 'reception');
    await live(reception);
    const waitingBefore = await issue(reception, 'g');
    const close = await openScreen(deskPc1, 'end-of-day');
    await close.getByText(new RegExp(`still waiting or called: \\d+ issued at Front desk`)).waitFor({ timeout: 15_000 });
    await close.getByRole('button', { name: 'Close the day…' }).click();
    const confirm = close.getByRole('group', { name: 'Confirm closing the day' });
    expect(await confirm.textContent()).toContain('Closing ends today for the whole site, at every PC, not only this one.');
    // The greeter issues while the desk PC's supervisor reads the warning.
    const during = await issue(reception, 'c');
    await confirm.getByRole('button', { name: 'Yes, close the day for the whole site' }).click();
    await close.getByTestId('day-closed').waitFor();

    // The front desk hears of it and says so before anyone tries; an issue is refused with the reason.
    await reception.bringToFront();
    await reception.getByTestId('day-closed-banner').filter({ hasText: 'on Desk PC 1' }).waitFor({ timeout: 15_000 });
    await reception.keyboard.press('c');
    await reception.keyboard.press('Enter');
    await reception
      .getByRole('alert')
      .filter({ hasText: /^Today was closed at \d\d:\d\d on Desk PC 1, so no more tickets can be issued/ })
      .waitFor();
    // Both customers waiting at the front desk are closed unseen at the close, the one issued while the
    // warning was read included, whether or not the closing PC had heard of it: on both PCs alike.
    const closedAt = (await readLog(close)).find((e) => e.type === 'day.closed')!.at;
    const states = (page: Page) => readTicketStates(page).then((s) => [waitingBefore, during].map((n) => s[n.replace(' ', '')]));
    const unseen = { status: 'unseenAtClose', closedAt };
    await expect.poll(() => states(reception), { timeout: 15_000 }).toEqual([unseen, unseen]);
    await expect.poll(() => states(close), { timeout: 15_000 }).toEqual([unseen, unseen]);

    await reception.getByRole('button', { name: 'Reopen the day' }).click();
    await reception.getByTestId('day-closed-banner').waitFor({ state: 'detached' });
    const after = await issue(reception, 'c');
    expect(after).toMatch(/^C \d{3}$/);
  }, 90_000);

  it('counts the keystrokes: a ticket of each kind at the greeter, and a whole customer at a desk', async () => {
    const reception = await openScreen(greeter, 'reception');
    // As after arriving from the menu: focus on the screen's heading, not in the form.
    await reception.getByRole('heading', { level: 1 }).focus();
    const kinds: [string, string[], { priority: boolean; bsl: boolean; wheelchair: boolean; hearingLoop?: boolean; language: string | null }][] = [
      ['plain', ['c', 'Enter'], { priority: false, bsl: false, wheelchair: false, language: null }],
      ['priority', ['c', '1', 'Enter'], { priority: true, bsl: false, wheelchair: false, language: null }],
      ['BSL', ['c', '2', 'Enter'], { priority: false, bsl: true, wheelchair: false, language: null }],
      ['wheelchair', ['c', '3', 'Enter'], { priority: false, bsl: false, wheelchair: true, language: null }],
      ['hearing loop', ['c', '4', 'Enter'], { priority: false, bsl: false, wheelchair: false, hearingLoop: true, language: null }],
      ['Polish interpreter', ['c', '5', 'Enter'], { priority: false, bsl: false, wheelchair: false, language: 'pl' }],
      ['priority + Polish interpreter', ['c', '1', '5', 'Enter'], { priority: true, bsl: false, wheelchair: false, language: 'pl' }],
    ];
    const table: string[] = ['| ticket | keys | keystrokes |', '| --- | --- | --- |'];
    for (const [kind, keys, expected] of kinds) {
      const before = (await readLog(reception)).filter((e) => e.type === 'ticket.issued').length;
      for (const k of keys) await reception.keyboard.press(k);
      await expect.poll(async () => (await readLog(reception)).filter((e) => e.type === 'ticket.issued').length).toBe(before + 1);
      const issuedNow = (await readLog(reception))
        .filter((e) => e.type === 'ticket.issued')
        .sort((a, b) => (a.hlc < b.hlc ? -1 : 1))
        .at(-1)!;
      const p = issuedNow.type === 'ticket.issued' ? issuedNow.payload : null;
      expect({ priority: p?.priority, ...p?.needs }).toEqual(expected);
      table.push(`| ${kind} | ${keys.join(' ')} | ${keys.length} |`);
    }

    // A whole customer at desk 4, by keyboard only: call, serve, finish, outcome, avoidable: no, done.
    const desk = desks[3]!;
    await desk.bringToFront();
    await desk.getByRole('button', { name: 'Call next' }).waitFor();
    const deskKeys = ['Alt+N', 'Alt+S', 'Alt+F', 'Space', 'Tab', 'Space', 'Enter'];
    // Each shortcut's effect is waited for on screen, as a person sees it before the next key.
    const effects: Record<string, () => Promise<void>> = {
      'Alt+N': () => desk.getByRole('button', { name: 'Start serving' }).waitFor(),
      'Alt+S': () => desk.getByRole('button', { name: 'Finish…' }).waitFor(),
      'Alt+F': () => desk.getByRole('heading', { name: 'Outcome' }).waitFor(),
    };
    for (const k of deskKeys) {
      await desk.keyboard.press(k);
      await effects[k]?.();
    }
    await desk
      .getByRole('status')
      .filter({ hasText: /finished\.$/ })
      .waitFor();
    const finished = (await readLog(desk)).filter((e) => e.type === 'ticket.completed' && e.payload.desk === '4');
    expect(finished.map((e) => e.type === 'ticket.completed' && [e.payload.outcome, e.payload.avoidable])).toEqual([['resolved', null]]);
    table.push(`| whole customer at a desk (resolved, not avoidable) | ${deskKeys.join(' ')} | ${deskKeys.length} |`);
    console.log(`Keystrokes measured:\n${table.join('\n')}`);
  }, 60_000);

  it('a new install practises without touching the site’s record, then is set up and opens on its role’s screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => {
      throw new Error(`page error on the new PC: ${e.message}`);
    });
    await page.goto(inject('baseUrl'));
    await page.getByRole('heading', { level: 1, name: 'Set up this PC' }).waitFor();
    await page.getByTestId('practice-banner').waitFor();

    // A practice ticket at the new PC.
    await page.getByRole('link', { name: 'Reception' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reception' }).waitFor();
    const practice = await issue(page, 'c');
    expect((await readLog(page)).filter((e) => e.type === 'ticket.issued')).toHaveLength(1);

    // Set up for the site as a desk PC, with the endpoint; IT enrols it and its token is saved.
    await page.goto(`${inject('baseUrl')}#/setup`);
    await page.getByText('Setting up clears the 1 practice ticket issued today.').waitFor();
    await page.getByLabel('Site code').fill(SITE);
    await page.getByLabel('PC name').fill('New desk PC');
    await page.getByLabel('What this PC is for').selectOption('advisor');
    await page.getByLabel('Endpoint address').fill(world.url);
    await page.getByRole('button', { name: 'Set up and start for real' }).click();
    await page.getByRole('heading', { level: 1, name: 'Desk' }).waitFor();
    expect(await page.getByTestId('practice-banner').count()).toBe(0);
    const deviceId = await page.evaluate(() => JSON.parse(localStorage.getItem('oss.settings.v1')!).deviceId as string);
    const { token } = await enrolDevice(world.db, SITE, 'New desk PC', deviceId);
    await page.goto(`${inject('baseUrl')}#/settings`);
    await page.getByLabel('New device token').fill(token);
    await page.getByRole('button', { name: 'Save token' }).click();
    await live(page);

    // It now holds the site's record (what the other PCs did), and nothing of its practice.
    await expect.poll(async () => (await readLog(page)).filter((e) => e.type === 'ticket.issued').length, { timeout: 15_000 }).toBeGreaterThan(8);
    const log = await readLog(page);
    expect(log.filter((e) => e.deviceId === deviceId)).toEqual([]);
    const held = (await pullEvents(world.db, SITE, 0, 100_000)).events;
    expect(held.filter((e) => e.deviceId === deviceId)).toEqual([]);
    expect(practice).toBe('C 001');
    await context.close();
  }, 60_000);
});
