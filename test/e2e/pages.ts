import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { DomainEvent } from '../../shared/events/schema';
import { parseEvent } from '../../shared/events/parse';

/** Opens a screen of the app in a new page of the context (one context = one PC). */
export async function openScreen(context: BrowserContext, route: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw new Error(`page error on ${route}: ${e.message}`);
  });
  await page.goto(`${inject('baseUrl')}#/${route}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** Every event in the PC's IndexedDB log, read raw (not through the app), as the wire would carry it. */
export async function readLog(page: Page): Promise<DomainEvent[]> {
  const raw = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('oss-reception');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('events', 'readonly');
          const all = tx.objectStore('events').getAll();
          all.onsuccess = () => {
            resolve(all.result as unknown[]);
            req.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
  return raw.map((r) => {
    const { scope: _s, pushed: _p, ...event } = r as Record<string, unknown>;
    const parsed = parseEvent(event);
    if (!parsed.ok) throw new Error(`stored event does not parse: ${parsed.error.message}`);
    return parsed.value;
  });
}
