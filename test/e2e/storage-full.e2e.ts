import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTicketEvent } from '../../shared/events/schema';
import { foldAll } from '../../shared/tickets/fold';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromium } from './chromium';
import { openScreen, readLog } from './pages';
import { issue } from './staff';

/**
 * A full disk, as the app meets it: IndexedDB refuses the write with the
 * browser's QuotaExceededError. The receptionist is told in words, nothing is
 * half-written, the screens keep what is stored, and the header says so.
 *
 * How the disk is made full: Chromium 156 here accepts DevTools'
 * Storage.overrideQuotaForOrigin but does not enforce it for IndexedDB (a
 * 200 KB write succeeds under a quota of 0), and a profile on a full tmpfs
 * fails with "FILE_ERROR_NO_SPACE" and then takes the browser down with it.
 * So the page's IndexedDB is made to refuse writes as a full quota does,
 * from an init script, on a real on-disk profile. The app also recognises the
 * NO_SPACE error (storage-full.test.ts).
 */
let context: BrowserContext;
let dir: string;
beforeAll(async () => {
  assertChromium();
  dir = mkdtempSync(join(tmpdir(), 'oss-quota-'));
  context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 900 },
  });
  await context.addInitScript(() => {
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if ((window as unknown as { diskFull?: boolean }).diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
}, 60_000);
afterAll(async () => {
  await context?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** From now on, every IndexedDB write in the page is refused as a full quota refuses it. */
async function fillDisk(page: Page, full: boolean): Promise<void> {
  await page.evaluate((f) => ((window as unknown as { diskFull: boolean }).diskFull = f), full);
}

describe('a reception PC whose storage is full', () => {
  it('refuses the ticket in plain words, writes nothing of it, keeps showing what is stored, and says so in the header', async () => {
    const reception = await openScreen(context, 'reception');
    const first = await issue(reception, 'C');
    const second = await issue(reception, 'H');
    const before = await readLog(reception);
    await fillDisk(reception, true);

    await reception.getByRole('group', { name: 'Service' }).getByRole('radio').first().focus();
    await reception.keyboard.press('B');
    await reception.keyboard.press('Enter');
    const notice = reception.getByText(/This PC’s storage is full: nothing was saved/);
    await notice.waitFor();
    expect(await reception.getByTestId('last-number').textContent()).toBe(second);
    expect(await reception.getByTestId('storage-status').textContent()).toBe('⚠ Storage full: new tickets and outcomes cannot be saved on this PC. Tell IT.');

    // Nothing half-written: the log is as it was, the projection is its fold, the sequence unbroken.
    await fillDisk(reception, false);
    const after = await readLog(reception);
    expect(after).toEqual(before);
    expect(after.map((e) => e.deviceSeq).sort((a, b) => a - b)).toEqual(after.map((_, i) => i + 1));
    expect([...foldAll(after.filter(isTicketEvent)).values()].map((t) => t.number).sort()).toEqual(['C001', 'H001']);
    const queue = await openScreen(context, 'queue');
    await queue.getByRole('rowheader', { name: first }).waitFor();
    await queue.getByRole('rowheader', { name: second }).waitFor();

    // Room again: the next ticket is issued and the warning goes.
    const third = await issue(reception, 'B');
    expect(third).toBe('B 001');
    await reception.getByTestId('storage-status').waitFor({ state: 'detached' });
  });
});
