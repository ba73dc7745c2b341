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

/** The PC's tickets as its projection holds them now (status and when each was closed), by number. */
export async function readTicketStates(page: Page): Promise<Record<string, { status: string; closedAt?: number }>> {
  const rows = (await readStore(page, 'tickets')) as { number: string; status: string; closedAt?: number }[];
  return Object.fromEntries(rows.map((t) => [t.number, { status: t.status, ...(t.closedAt !== undefined ? { closedAt: t.closedAt } : {}) }]));
}

/** Every event in the PC's IndexedDB log, read raw (not through the app), as the wire would carry it. */
export async function readLog(page: Page): Promise<DomainEvent[]> {
  return (await readStore(page, 'events')).map((r) => {
    const { scope: _s, pushed: _p, ...event } = r as Record<string, unknown>;
    const parsed = parseEvent(event);
    if (!parsed.ok) throw new Error(`stored event does not parse: ${parsed.error.message}`);
    return parsed.value;
  });
}

function readStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (store) =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('oss-reception');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction(store, 'readonly');
          const all = tx.objectStore(store).getAll();
          all.onsuccess = () => {
            resolve(all.result as unknown[]);
            req.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}
