import { describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY, TOKEN_KEY, createWebBridge } from './web';

let n = 0;
const newId = () => `44444444-4444-4444-8444-${String(++n).padStart(12, '0')}`;

describe('the web bridge', () => {
  it('round-trips a setting through localStorage', async () => {
    const bridge = createWebBridge(localStorage, newId);
    const first = await bridge.getSettings();
    await bridge.updateSettings({ deviceName: 'Front desk 1' });
    const again = createWebBridge(localStorage, newId);
    const read = await again.getSettings();
    expect(read.deviceName).toBe('Front desk 1');
    expect(read.deviceId).toBe(first.deviceId);
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toMatchObject({ deviceName: 'Front desk 1' });
  });

  it('rejects an invalid change and stores nothing', async () => {
    const bridge = createWebBridge(localStorage, newId);
    await bridge.getSettings();
    const before = localStorage.getItem(SETTINGS_KEY);
    await expect(bridge.updateSettings({ endpointUrl: 'javascript:alert(1)' })).rejects.toThrow(/Endpoint address/);
    expect(localStorage.getItem(SETTINGS_KEY)).toBe(before);
  });

  it('repairs unreadable stored settings and says so', async () => {
    localStorage.setItem(SETTINGS_KEY, '{not json');
    const bridge = createWebBridge(localStorage, newId);
    expect((await bridge.getSettings()).siteId).toBe('main-site');
    expect((await bridge.appInfo()).repairedSettings).toEqual(['(whole file)']);
  });

  it('keeps a valid token and refuses a malformed one', async () => {
    const bridge = createWebBridge(localStorage, newId);
    await expect(bridge.setToken('x')).rejects.toThrow(/at least 20/);
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
    await bridge.setToken('dev_0123456789abcdefghij');
    expect(await bridge.getToken()).toBe('dev_0123456789abcdefghij');
    expect((await bridge.appInfo()).secretsEncrypted).toBe(false);
  });

  it('prints a valid job through the page and refuses one without a width', async () => {
    const printDoc = vi.fn();
    const bridge = createWebBridge(localStorage, newId, printDoc);
    expect(await bridge.print({ html: '<p>C 014</p>', widthMm: 80 })).toEqual({ ok: true, value: null });
    expect(await bridge.print({ html: '<p>x</p>', widthMm: 5 })).toMatchObject({ ok: false });
    expect(printDoc).toHaveBeenCalledTimes(1);
  });
});
