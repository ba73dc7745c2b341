import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { seriousViolations } from './axe';
import { ROUTES } from '../../renderer/src/shell/routes';
const SCREENS = ['Reception', 'Queue', 'Desk', 'Supervisor', 'Calling display', 'Customer feedback', 'End of day', 'Reports', 'Staffing planner', 'Settings'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openApp(path = '', watch?: (page: Page, seen: string[]) => void) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen: string[] = [];
  watch?.(page, seen);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.goto(`${inject('baseUrl')}${path}`);
  return { page, problems, seen, close: () => context.close() };
}

describe('what each screen loads', () => {
  it('a calling display loads its own screen and none of the staff’s; a staff PC fetches the others in the background', async () => {
    // The name of each script chunk the page asks for (Vite names a screen's chunk after its module).
    const chunks = (page: Page, seen: string[]) =>
      page.on('request', (r) => {
        const name = /\/assets\/([A-Za-z]+)-[^/]*\.js$/.exec(r.url())?.[1];
        if (name) seen.push(name);
      });
    const display = await openApp('#/display', chunks);
    await display.page.getByRole('heading', { level: 1 }).waitFor();
    await display.page.waitForLoadState('networkidle');
    expect(display.seen).toContain('DisplayScreen');
    for (const staff of ['ReportsScreen', 'PlannerScreen', 'SupervisorScreen', 'ReceptionScreen']) expect(display.seen).not.toContain(staff);
    expect(display.problems).toEqual([]);
    await display.close();

    const staff = await openApp('#/reception', chunks);
    await expect.poll(() => staff.seen.includes('PlannerScreen') && staff.seen.includes('ReportsScreen'), { timeout: 10_000 }).toBe(true);
    // Moving to a fetched screen shows it at once: its heading, never "Loading…" in its place.
    await staff.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Reports' }).click();
    await staff.page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    expect(staff.problems).toEqual([]);
    await staff.close();
  });
});

describe('the app shell in Chromium', () => {
  it('opens a new install on its set-up, in practice mode, and lists every screen in the navigation', async () => {
    const { page, problems, close } = await openApp();
    await page.getByRole('heading', { level: 1, name: 'Set up this PC' }).waitFor();
    expect(await page.getByTestId('practice-banner').textContent()).toContain('Practice mode.');
    const nav = page.getByRole('navigation', { name: 'Screens' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(SCREENS);
    await nav.getByRole('link', { name: 'Reception' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reception' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Reception' }).getAttribute('aria-current')).toBe('page');
    // The built page runs under its own CSP with nothing refused.
    expect(problems).toEqual([]);
    await close();
  });

  it('navigates by click and by keyboard, moves focus to the new screen, and keeps it on reload', async () => {
    const { page, problems, close } = await openApp();
    await page.getByRole('link', { name: 'Queue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Queue' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await page.getByRole('link', { name: 'Reports' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    expect(await page.getByRole('link', { name: 'Reports' }).getAttribute('aria-current')).toBe('page');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    expect(await page.title()).toContain('Reports');
    expect(problems).toEqual([]);
    await close();
  });

  it('shows the calling display without staff navigation, with a way back for the keyboard', async () => {
    const { page, close } = await openApp('#/display');
    await page.getByText('Please wait to be called').waitFor();
    expect(await page.getByRole('navigation', { name: 'Screens' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /leave the calling display/ }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: 'Queue' }).waitFor();
    await close();
  });

  it('lets the greeter type a language’s name in the language list without the letters choosing a service', async () => {
    const { page, close } = await openApp('#/reception');
    await page.getByRole('heading', { level: 1, name: 'Reception' }).waitFor();
    // The screen hears keys once its settings are read, a moment after it shows: press until it has heard.
    await expect
      .poll(async () => {
        await page.getByRole('heading', { level: 1 }).focus();
        await page.keyboard.press('c');
        return page.getByTestId('next-ticket').textContent();
      })
      .toBe('Next ticket: Council Tax');
    await page.getByLabel('Interpreter language').focus();
    await page.keyboard.type('Lith', { delay: 50 });
    expect(await page.getByTestId('next-ticket').textContent()).toBe('Next ticket: Council Tax (a Lithuanian interpreter)');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Ticket C 001 issued (a Lithuanian interpreter).' }).waitFor();
    await close();
  });

  it('has no serious or critical accessibility violations on any screen (axe-core)', async () => {
    // axe is injected through the debugger, which the page's CSP does not govern.
    const { page, close } = await openApp();
    const failures: string[] = [];
    for (const route of ROUTES) {
      const name = route.title;
      await page.evaluate((id) => (location.hash = `#/${id}`), route.id);
      await page.getByRole('heading', { level: 1, name }).waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      failures.push(...(await seriousViolations(page, name)));
    }
    expect(failures).toEqual([]);
    await close();
  });
});
