import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CSV_COLUMNS } from '../../shared/reports/report';
import { launchChromium } from './chromium';
import { seriousViolations } from './axe';
import { openScreen } from './pages';

/**
 * The supervisor watching a morning live: desks work in other pages of the
 * same PC, the screen follows without a reload, a waiting customer passes
 * into the near-breach band and raises the alert, and the report's CSV has
 * the numbers the screen shows.
 */
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
});
afterAll(async () => {
  await browser?.close();
});

const text = async (page: Page, id: string) => (await page.getByTestId(id).textContent()) ?? '';

async function issue(reception: Page, letter: string) {
  await reception.bringToFront();
  await reception.getByRole('group', { name: 'Service' }).getByRole('radio').first().focus();
  await reception.keyboard.press(letter);
  await reception.keyboard.press('Enter');
}

describe('the supervisor screen', () => {
  it('updates live, raises the near-breach alert, and exports the numbers it shows', async () => {
    const reception = await openScreen(context, 'reception');
    const desk = await openScreen(context, 'desk');
    const supervisor = await openScreen(context, 'supervisor');

    await desk.bringToFront();
    await desk.getByLabel('Desk number').fill('1');
    await desk.getByRole('button', { name: 'Sign on' }).click();
    for (const letter of 'CCH') await issue(reception, letter);

    await supervisor.bringToFront();
    await expect.poll(() => text(supervisor, 'sup-waiting'), { timeout: 10_000 }).toBe('Waiting now3');

    // Desk 1 serves the first customer after 2 minutes; the supervisor sees it without a reload.
    await context.clock.fastForward(120_000);
    await desk.bringToFront();
    await desk.getByRole('button', { name: 'Call next' }).click();
    await desk.getByRole('button', { name: 'Start serving' }).click();
    await desk.getByRole('button', { name: 'Finish…' }).click();
    await desk.getByRole('radio', { name: 'Resolved at first point of contact' }).check();
    await desk.getByRole('radio', { name: 'Yes', exact: true }).check();
    await desk.getByLabel('Why was it avoidable?').selectOption({ label: 'Progress chasing' });
    await desk.getByRole('button', { name: 'Finish contact' }).click();
    await supervisor.bringToFront();
    await expect.poll(() => text(supervisor, 'sup-waiting'), { timeout: 10_000 }).toBe('Waiting now2');
    await expect.poll(() => text(supervisor, 'sup-avoidable'), { timeout: 10_000 }).toBe('Avoidable contact (NI14)100.0% (1 of 1)');
    expect(await supervisor.getByTestId('near-breach-alert').textContent()).toBe('');

    // Six more minutes: the two still waiting are 8 minutes in, inside the 2-minute warning.
    await context.clock.fastForward(6 * 60_000 + 5_000);
    await expect
      .poll(() => text(supervisor, 'near-breach-alert'), { timeout: 10_000 })
      .toMatch(/C 002 \(Council Tax\) reaches the standard at 09:10.*H 001 \(Housing\) reaches the standard at 09:10/);
    await expect.poll(() => supervisor.getByRole('heading', { name: /2 customers near or past the standard/ }).count(), { timeout: 10_000 }).toBe(1);
    expect(await seriousViolations(supervisor, 'supervisor')).toEqual([]);

    // The report for today, exported as CSV, has the numbers on screen.
    const reports = await openScreen(context, 'reports');
    await reports.bringToFront();
    const onScreen = await text(reports, 'rep-service-level');
    const [download] = await Promise.all([reports.waitForEvent('download'), reports.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = (await readFile((await download.path())!, 'utf8')).trim().split('\n');
    expect(csv[0]!.split(',')).toEqual([...CSV_COLUMNS]);
    const total = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, csv[1]!.split(',')[i]!]));
    expect(onScreen).toBe(`Seen within 10 minutes${Number(total['service_level_percent']).toFixed(1)}% (${total['met']} of ${total['counted']}) · target 80%`);
    expect(await text(reports, 'rep-avoidable')).toBe(
      `Avoidable contact (NI14)${Number(total['avoidable_percent']).toFixed(1)}% (${total['avoidable']} of ${total['completed']})`,
    );
    const sliceRows = await reports.getByTestId('rep-slices').locator('tbody tr').count();
    expect(csv.filter((l) => l.startsWith('service,'))).toHaveLength(sliceRows);
    expect(await seriousViolations(reports, 'reports')).toEqual([]);
  });
});
