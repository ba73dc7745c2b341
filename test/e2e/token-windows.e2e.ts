import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolDevice, revokeDevice } from '../../server/devices/devices';
import { pullEvents } from '../../server/devices/read';
import { launchChromium } from './chromium';
import { openScreen } from './pages';
import { live, siteWorld } from './site-world';
import { issue } from './staff';

/**
 * A token removed or saved in Settings reaches every open window of the PC at once: the window
 * that syncs (the first opened) stops sending with a removed token, and goes back online with a
 * new one, without a reload. Chromium shares localStorage between windows only eventually, so a
 * window told of the change may first read the old token: this failed one run in two.
 */
const SITE = 'token-windows';
let browser: Browser;
let world: Awaited<ReturnType<typeof siteWorld>>;
let pc: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  world = await siteWorld(browser, SITE, 'Leyland Library');
  pc = await world.pc('Front desk');
}, 60_000);
afterAll(async () => {
  await world?.close();
  await browser?.close();
});

describe('the device token, changed in another window of the PC', () => {
  it('stops sync at once when removed, and brings it back at once when a new one is saved', async () => {
    const queue = await openScreen(pc, 'queue');
    await live(queue);
    const reception = await openScreen(pc, 'reception');
    await live(reception);
    const settings = await openScreen(pc, 'settings');
    const deviceId = await settings.evaluate(() => (JSON.parse(localStorage.getItem('oss.settings.v1')!) as { deviceId: string }).deviceId);

    await settings.getByRole('button', { name: 'Remove token' }).click();
    await reception
      .getByTestId('sync-status')
      .filter({ hasText: 'no device token' })
      .waitFor({ timeout: 5_000 })
      .catch(async (e) => {
        throw new Error(
          `${String(e)}\nqueue: ${await queue.getByTestId('sync-status').textContent()}\nreception: ${await reception.getByTestId('sync-status').textContent()}\nsettings: ${await settings.getByTestId('sync-status').textContent()}`,
        );
      });
    // Nothing issued now reaches the endpoint: the syncing window has no token to send with.
    const unsent = await issue(reception, 'c');
    await reception.waitForTimeout(1_500);
    expect((await pullEvents(world.db, SITE, 0, 100)).events.filter((e) => e.type === 'ticket.issued')).toHaveLength(0);

    // IT revokes the old token and enrols the PC again; the new token is saved in Settings.
    await revokeDevice(world.db, deviceId);
    const { token } = await enrolDevice(world.db, SITE, 'Front desk', deviceId);
    await settings.getByLabel('New device token').fill(token);
    await settings.getByRole('button', { name: 'Save token' }).click();
    await reception
      .getByTestId('sync-status')
      .filter({ hasText: '0 waiting to send' })
      .waitFor({ timeout: 5_000 })
      .catch(async (e) => {
        throw new Error(
          `${String(e)}\nafter save, queue: ${await queue.getByTestId('sync-status').textContent()}\nreception: ${await reception.getByTestId('sync-status').textContent()}`,
        );
      });
    const held = (await pullEvents(world.db, SITE, 0, 100)).events.flatMap((e) => (e.type === 'ticket.issued' ? [e.payload.number] : []));
    expect(held).toEqual([unsent.replace(' ', '')]);
  }, 60_000);
});
