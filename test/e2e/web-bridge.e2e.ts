import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { openScreen } from './pages';
import { issue } from './staff';

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
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    // The standard is the site's, not the PC's: saved to the log (IndexedDB), and there after a reload too.
    await page.getByLabel('Face-to-face standard (minutes)').fill('15');
    await page.getByRole('button', { name: 'Save the site’s configuration' }).click();
    await page.getByText(/The site’s configuration is saved/).waitFor();

    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('oss.settings.v1') ?? 'null'));
    expect(stored).toMatchObject({ siteName: 'Chorley Town Hall' });

    await page.reload();
    await page
      .getByTestId('site-config-version')
      .getByText(/^Version 1, saved/)
      .waitFor();
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
    expect(await alert.textContent()).toMatch(/Site code.*lower-case letters/);
    expect(await page.evaluate(() => localStorage.getItem('oss.settings.v1'))).toBe(before);
    await context.close();
  });
});

describe('printing from the web build', () => {
  it('prints a ticket with its own styles (the number large), which the page’s CSP would refuse as inline <style>', async () => {
    const context = await browser.newContext();
    const page = await openScreen(context, 'reception');
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { printed: string[] }).printed = seen;
      window.print = () => {
        const number = document.querySelector('#print-root .t-number');
        seen.push(number ? `${number.textContent} ${getComputedStyle(number).fontSize} ${getComputedStyle(number).fontWeight}` : 'nothing');
      };
    });
    const number = await issue(page, 'C');
    const sheetsBefore = await page.evaluate(() => document.adoptedStyleSheets.length);
    await page.getByRole('button', { name: `Print ticket ${number}` }).click();
    await page.waitForFunction(() => (window as unknown as { printed: string[] }).printed.length > 0);
    const printed = await page.evaluate(() => (window as unknown as { printed: string[] }).printed);
    // 44 pt is 58.67 px; the page's body text is about 16 px.
    expect(printed).toEqual([`${number} 58.6667px 700`]);
    // After printing, the page is as it was: no stray styles, nothing left to print.
    expect(await page.evaluate(() => [document.adoptedStyleSheets.length, document.getElementById('print-root')?.childElementCount])).toEqual([
      sheetsBefore,
      0,
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
