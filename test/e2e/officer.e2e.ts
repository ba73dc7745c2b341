import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../../server/admin/admin';
import { pushBatch } from '../../server/devices/ingest';
import { londonDay } from '../../shared/calendar/london';
import { must } from '../../shared/testing/scenario';
import { own, siteWithPcs } from '../support/server-world';
import { seriousViolations } from './axe';
import { launchChromium } from './chromium';
import { siteWorld } from './site-world';

/** The performance officer in Chromium: log in by keyboard, read two sites' report, download a return. */
let browser: Browser;
let world: Awaited<ReturnType<typeof siteWorld>>;
let password = '';

beforeAll(async () => {
  browser = await launchChromium();
  world = await siteWorld(browser, 'chorley', 'Chorley Town Hall');
  const now = Date.now();
  const [pc] = await siteWithPcs(world.db, 'leyland', 1);
  for (let i = 0; i < 2; i++) must(pc!.sim.issue(now - 60_000 * (i + 1), londonDay(now), 'housing'));
  expect((await pushBatch(world.db, { id: pc!.id, siteId: 'leyland', name: 'PC', headSeq: 0, revoked: false }, own(pc!.sim))).ok).toBe(true);
  let said = '';
  await runAdmin(world.db, 'officer-add', ['j.smith'], (t) => (said += t));
  password = said.trim().split('\n').at(-1)!;
}, 60_000);
afterAll(async () => {
  await world?.close();
  await browser?.close();
});

describe('the performance officer’s web reports', () => {
  it('logs in by keyboard, reads the council-wide report by site, and downloads the quarterly return; axe finds nothing serious', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${world.url}/officer`);
    expect(await seriousViolations(page, 'officer login')).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.type('j.smith');
    await page.keyboard.press('Tab');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await page.getByText('Logged in as j.smith').waitFor();
    const today = londonDay(Date.now());
    await page.getByLabel('From').fill(today);
    await page.getByLabel('To').fill(today);
    await page.getByLabel('Break down by').selectOption('site');
    await page.getByRole('button', { name: 'Show the report' }).click();
    const table = page.getByRole('table', { name: /Figures for the period, by site/ });
    await table.waitFor();
    expect(await table.getByRole('row').allTextContents()).toEqual([
      expect.stringMatching(/^SiteTickets/),
      expect.stringMatching(/^All2/),
      expect.stringMatching(/^leyland2/),
    ]);
    expect(await seriousViolations(page, 'officer report')).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Quarterly seen-within-standard return (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`all-sites-${today}-to-${today}-service-level-return.csv`);
    // The staffing planner by site: from the report page, by keyboard-reachable link and form.
    await page.getByRole('link', { name: 'Staffing planner, by site' }).click();
    await page.getByLabel('Site').selectOption('leyland');
    await page.getByRole('button', { name: 'Show the plan' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toMatch(/^leyland: desks each half hour for \d+% seen within \d+ minutes$/);
    expect(await seriousViolations(page, 'officer planner')).toEqual([]);
    await context.close();
  }, 60_000);
});
