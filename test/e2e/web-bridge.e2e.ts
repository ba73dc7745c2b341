import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the web bridge in Chromium', () => {
  it('round-trips a setting through localStorage across a reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}#/settings`);
    const siteName = page.getByLabel('Site name');
    await expect(siteName.inputValue()).resolves.toBe('One Stop Shop');

    await siteName.fill('Chorley Town Hall');
    await page.getByLabel('Face-to-face standard (minutes)').fill('15');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();

    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('oss.settings.v1') ?? 'null'));
    expect(stored).toMatchObject({ siteName: 'Chorley Town Hall', thresholds: { standardMinutes: 15 } });

    await page.reload();
    await expect(page.getByLabel('Site name').inputValue()).resolves.toBe('Chorley Town Hall');
    await expect(page.getByLabel('Face-to-face standard (minutes)').inputValue()).resolves.toBe('15');
    await context.close();
  });

  it('refuses an invalid setting with a reason and keeps what was stored', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}#/settings`);
    await page.getByLabel('Site name').waitFor();
    const before = await page.evaluate(() => localStorage.getItem('oss.settings.v1'));

    await page.getByLabel('Site code').fill('Chorley Town Hall!');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/siteId.*lower-case letters/);
    expect(await page.evaluate(() => localStorage.getItem('oss.settings.v1'))).toBe(before);
    await context.close();
  });
});
