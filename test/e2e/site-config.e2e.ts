import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSiteOf, siteVersionsOf } from '../../server/reports/site-config';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromium } from './chromium';
import { openScreen, readLog } from './pages';
import { live, siteWorld } from './site-world';
import { issue } from './staff';

/**
 * The site's configuration is the same at every PC and the endpoint: a supervisor saves it at
 * one PC, and the greeter's PC issues its next ticket with it, without a reload.
 */
let browser: Browser;
let world: Awaited<ReturnType<typeof siteWorld>>;

beforeAll(async () => {
  assertChromium();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  world = await siteWorld(browser, 'kirkcaldy', 'Kirkcaldy Customer Service Centre');
}, 60_000);
afterAll(async () => {
  await world?.close();
  await browser?.close();
});

describe('the site’s configuration across PCs', () => {
  it('saved by a supervisor at one PC, reaches the endpoint and the greeter’s PC, whose next ticket carries the new standard', async () => {
    const supervisorPc = await world.pc('Supervisor PC', { role: 'supervisor' });
    const greeterPc = await world.pc('Front desk', { role: 'greeter', issuingSlot: 0, issuingSlots: 2 });
    const reception = await openScreen(greeterPc, 'reception');
    await live(reception);
    const before = await issue(reception, 'c');

    const settings = await openScreen(supervisorPc, 'settings');
    await live(settings);
    await settings.getByLabel('Face-to-face standard (minutes)').fill('15');
    await settings.getByLabel('Name of Council Tax').fill('Council Tax and Benefits');
    await settings.getByLabel('Your name (recorded with the change)').fill('M. Reid');
    await settings.getByRole('button', { name: 'Save the site’s configuration' }).click();
    await settings.getByText(/The site’s configuration is saved/).waitFor();
    await settings
      .getByTestId('site-config-version')
      .getByText(/^Version 1, saved .* on Supervisor PC by M\. Reid\.$/)
      .waitFor();

    // The endpoint holds it, with who and where.
    await expect.poll(async () => (await siteVersionsOf(world.db, ['kirkcaldy'])).get('kirkcaldy')!.length, { timeout: 15_000 }).toBe(1);
    expect(await currentSiteOf(world.db, 'kirkcaldy')).toMatchObject({ standardMinutes: 15 });

    // The greeter's PC shows the new name without a reload, and its next ticket is timed against 15 minutes.
    await reception.getByRole('radio', { name: /Council Tax and Benefits/ }).waitFor({ timeout: 15_000 });
    const after = await issue(reception, 'c');
    const issued = (await readLog(reception)).filter((e) => e.type === 'ticket.issued');
    const standardOf = (shown: string) =>
      issued.map((e) => (e.type === 'ticket.issued' ? e.payload : null)).find((p) => p && p.number === shown.replace(' ', ''))!.standardMinutes;
    expect([standardOf(before), standardOf(after)]).toEqual([10, 15]);
  }, 90_000);
});
