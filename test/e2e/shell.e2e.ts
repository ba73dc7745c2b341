import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENS = ['Reception', 'Queue', 'Desk', 'Supervisor', 'Calling display', 'Reports', 'Settings'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openApp(path = '') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.goto(`${inject('baseUrl')}${path}`);
  return { page, problems, close: () => context.close() };
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('the app shell in Chromium', () => {
  it('opens on Reception and lists every screen in the navigation', async () => {
    const { page, problems, close } = await openApp();
    expect(await heading(page)).toBe('Reception');
    const nav = page.getByRole('navigation', { name: 'Screens' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(SCREENS);
    expect(await nav.getByRole('link', { name: 'Reception' }).getAttribute('aria-current')).toBe('page');
    // The built page runs under its own CSP with nothing refused.
    expect(problems).toEqual([]);
    await close();
  });

  it('navigates by click and by keyboard, moves focus to the new screen, and keeps it on reload', async () => {
    const { page, problems, close } = await openApp();
    await page.getByRole('link', { name: 'Queue' }).click();
    expect(await heading(page)).toBe('Queue');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await page.getByRole('link', { name: 'Reports' }).focus();
    await page.keyboard.press('Enter');
    expect(await heading(page)).toBe('Reports');
    expect(await page.getByRole('link', { name: 'Reports' }).getAttribute('aria-current')).toBe('page');

    await page.reload();
    expect(await heading(page)).toBe('Reports');
    expect(await page.title()).toContain('Reports');
    expect(problems).toEqual([]);
    await close();
  });

  it('says plainly which screens are not built yet', async () => {
    const { page, close } = await openApp('#/supervisor');
    await expect(page.getByText('Not available yet.').isVisible()).resolves.toBe(true);
    await close();
  });

  it('has no serious or critical accessibility violations on any screen (axe-core)', async () => {
    // axe is injected through the debugger, which the page's CSP does not govern.
    const { page, close } = await openApp();
    const failures: string[] = [];
    for (const name of SCREENS) {
      await page.getByRole('link', { name }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await page.waitForLoadState('networkidle');
      const violations = await page.evaluate(async (source) => {
        if (!('axe' in window)) (0, eval)(source);
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
      }, AXE_SOURCE);
      for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') failures.push(`${name}: ${v.id} (${v.impact}, ${v.count})`);
    }
    expect(failures).toEqual([]);
    await close();
  });
});
