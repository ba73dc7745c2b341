import type { Page } from 'playwright-core';

/** What reception staff do, as they do it: by label and keyboard, on the real screens. */
export async function signOn(page: Page, desk: string, services: string[] | 'all', bsl = false) {
  await page.bringToFront();
  await page.getByLabel('Desk number').fill(desk);
  if (services !== 'all') {
    for (const box of await page.getByRole('group', { name: 'Services I cover' }).getByRole('checkbox').all()) {
      const name = (await box.evaluate((el) => el.parentElement?.textContent ?? '')).trim();
      if (services.includes(name) !== (await box.isChecked())) await box.click();
    }
  }
  if (bsl) await page.getByRole('checkbox', { name: 'BSL', exact: true }).check();
  await page.getByRole('button', { name: 'Sign on' }).click();
  await page.getByText(`Desk ${desk}`, { exact: true }).waitFor();
}

export async function issue(reception: Page, letter: string, opts: { bsl?: boolean; priority?: boolean } = {}): Promise<string> {
  await reception.bringToFront();
  const last = reception.getByTestId('last-number');
  const before = (await last.count()) ? await last.textContent() : null;
  if (opts.bsl) await reception.getByRole('checkbox', { name: 'BSL interpreter' }).check();
  if (opts.priority) await reception.getByRole('checkbox', { name: 'Priority customer' }).check();
  await reception.getByRole('group', { name: 'Service' }).getByRole('radio').first().focus();
  await reception.keyboard.press(letter);
  await reception.keyboard.press('Enter');
  await reception.waitForFunction(
    (prev) => {
      const el = document.querySelector('[data-testid="last-number"]');
      return el && el.textContent !== prev;
    },
    before,
    { polling: 50 },
  );
  return (await reception.getByTestId('last-number').textContent())!;
}
