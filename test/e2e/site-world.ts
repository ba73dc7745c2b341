import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/http/app';
import type { Database } from '../../server/db/adapter';
import { migrate } from '../../server/db/migrate';
import { openPglite } from '../../server/db/pglite';
import { createSite, enrolDevice } from '../../server/devices/devices';
import type { Settings } from '../../shared/settings/schema';
import { configurePc } from './pcs';

/**
 * A real endpoint (embedded store, in this process, on loopback) and the
 * reception PCs of one site, each a browser context of its own (its own
 * IndexedDB and settings), enrolled as IT would.
 */
export async function siteWorld(browser: Browser, siteId: string, siteName: string) {
  const db: Database = await openPglite();
  await migrate(db);
  await createSite(db, siteId, siteName);
  let endpoint: FastifyInstance | null = null;
  let port = 0;
  const start = async () => {
    endpoint = await buildApp({ db });
    await endpoint.listen({ port, host: '127.0.0.1' });
    port = (endpoint.server.address() as { port: number }).port;
  };
  await start();
  const url = `http://127.0.0.1:${port}`;
  const contexts: BrowserContext[] = [];

  return {
    db,
    url,
    /** A PC of the site: enrolled, its settings written, the app not yet opened. */
    async pc(name: string, patch: Partial<Settings> = {}, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
      const deviceId = randomUUID();
      const { token } = await enrolDevice(db, siteId, name, deviceId);
      const context = await browser.newContext({ viewport });
      contexts.push(context);
      await configurePc(context, inject('baseUrl'), deviceId, token, { siteId, deviceName: name, endpointUrl: url, ...patch });
      return context;
    },
    /** The endpoint goes down (every connection cut), and comes back on the same address. */
    async stopEndpoint(): Promise<void> {
      await endpoint?.close();
      endpoint = null;
    },
    startEndpoint: start,
    async close(): Promise<void> {
      for (const c of contexts) await c.close();
      await endpoint?.close();
      await db.close();
    },
  };
}

/** Waits until a page's status bar says it is online with the live stream open. */
export async function live(page: Page): Promise<void> {
  await page.getByTestId('sync-status').filter({ hasText: 'Online, live' }).waitFor({ timeout: 15_000 });
}
