import type { BrowserContext } from 'playwright-core';
import { defaultSettings } from '../../shared/settings/schema';
import type { Settings } from '../../shared/settings/schema';

/**
 * Sets a browser profile up as an enrolled reception PC: its settings and
 * device token in localStorage, where the web bridge keeps them (as IT would
 * in Settings), before the app is opened for real.
 */
export async function configurePc(context: BrowserContext, baseUrl: string, deviceId: string, token: string, patch: Partial<Settings>): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}#/settings`);
  const settings = { ...defaultSettings(deviceId), mode: 'live' as const, ...patch };
  await page.evaluate(
    ([s, t]) => {
      localStorage.setItem('oss.settings.v1', s!);
      localStorage.setItem('oss.deviceToken', t!);
    },
    [JSON.stringify(settings), token],
  );
  await page.close();
}
