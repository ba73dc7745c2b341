import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SafeStorage } from 'electron';
import { IPC, IpcArgs } from '../../../shared/bridge/contract';
import { registerIpcHandlers } from './handle';
import { appHandlers, displayHandlers, printHandlers, settingsHandlers, tokenHandlers } from './domains';
import { openSettingsStore } from '../settings-store';
import { openTokenVault } from '../token-vault';
import { isAppUrl } from '../security';
import { VALID_CALLS, withOneArgumentTooMany } from '../../../test/support/ipc-calls';
import { app, ipcEvent, ipcMain, resetElectron, safeStorage } from '../../../test/mocks/electron';

vi.mock('electron', () => import('../../../test/mocks/electron'));

const FROM_APP = ipcEvent('app://reception/index.html#/settings');
const settingsOnDisk = () => readFileSync(path.join(app.userData, 'settings.json'), 'utf8');

function setup() {
  const store = openSettingsStore({ newDeviceId: () => '11111111-1111-4111-8111-111111111111' });
  const vault = openTokenVault(safeStorage as unknown as SafeStorage);
  const print = vi.fn(async () => ({ ok: true as const, value: null }));
  registerIpcHandlers(
    ipcMain,
    {
      ...settingsHandlers(store),
      ...tokenHandlers(vault),
      ...printHandlers(store, print, async (job) => ({ ok: true, value: { savedTo: `/tmp/${job.fileName}` } })),
      ...displayHandlers(
        store,
        () => ({ opened: true, monitor: 'test' }),
        () => [],
      ),
      ...appHandlers(() => ({ version: 't', host: 'electron', secretsEncrypted: true, repairedSettings: [] })),
    },
    (url) => isAppUrl(url),
  );
  const call = (channel: string, event: Electron.IpcMainInvokeEvent, ...args: unknown[]) =>
    Promise.resolve().then(() => ipcMain.handlers.get(channel)!(event, ...args));
  return { store, print, call };
}

beforeEach(() => resetElectron());

describe('IPC handlers', () => {
  it('answers a valid call on every channel of the contract, and refuses a malformed one before its handler runs', async () => {
    const { call } = setup();
    for (const [channel, args] of Object.entries(VALID_CALLS)) {
      const answer: unknown = await call(channel, FROM_APP, ...args);
      expect({ channel, answered: answer !== undefined }).toEqual({ channel, answered: true });
      await expect(call(channel, FROM_APP, ...withOneArgumentTooMany(args))).rejects.toThrow(`${channel} refused`);
    }
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(IpcArgs).sort());
  });

  it('saves a valid settings change to disk', async () => {
    const { call } = setup();
    const next = await call(IPC.settingsUpdate, FROM_APP, { siteName: 'Chorley Town Hall', desk: '3' });
    expect(next).toMatchObject({ siteName: 'Chorley Town Hall', desk: '3' });
    expect(JSON.parse(settingsOnDisk())).toMatchObject({ siteName: 'Chorley Town Hall' });
  });

  it.each([
    ['a bad site code', [{ siteId: 'Chorley Town Hall' }], /Site code/],
    ['an unknown field', [{ isAdmin: true }], /isAdmin|Unrecognized/i],
    ['an attempt to change the device id', [{ deviceId: '22222222-2222-4222-8222-222222222222' }], /deviceId|Unrecognized/i],
    ['a retention of -1 days', [{ nameRetentionDays: -1 }], /Keep customer names for \(days\) must be at least 0/],
    ['the site’s standard (the site’s configuration, not the PC’s)', [{ standardMinutes: 15 }], /not a setting/],
    ['a non-http endpoint', [{ endpointUrl: 'file:///etc/passwd' }], /Endpoint address/],
    ['no argument at all', [], /settings:update refused/],
    ['two arguments', [{}, {}], /settings:update refused/],
  ])('refuses %s and stores nothing', async (_name, args, reason) => {
    const { call } = setup();
    const before = settingsOnDisk();
    await expect(call(IPC.settingsUpdate, FROM_APP, ...args)).rejects.toThrow(reason);
    expect(settingsOnDisk()).toBe(before);
  });

  it('refuses calls that do not come from the app’s own page', async () => {
    const { call } = setup();
    const before = settingsOnDisk();
    await expect(call(IPC.settingsUpdate, ipcEvent('https://evil.example/'), { siteName: 'x' })).rejects.toThrow(/did not come from the app/);
    await expect(call(IPC.settingsGet, ipcEvent(''))).rejects.toThrow(/did not come from the app/);
    expect(settingsOnDisk()).toBe(before);
  });

  it('refuses a malformed token and keeps none', async () => {
    const { call } = setup();
    await expect(call(IPC.tokenSet, FROM_APP, 'short')).rejects.toThrow(/at least 20/);
    await expect(call(IPC.tokenSet, FROM_APP, 'has spaces in it and is long enough')).rejects.toThrow(/only letters/);
    expect(await call(IPC.tokenGet, FROM_APP)).toBeNull();
    await call(IPC.tokenSet, FROM_APP, 'dev_0123456789abcdefghij');
    expect(await call(IPC.tokenGet, FROM_APP)).toBe('dev_0123456789abcdefghij');
  });

  it('saves a report as PDF, and refuses a file name that could point elsewhere', async () => {
    const { call } = setup();
    expect(await call(IPC.reportPdf, FROM_APP, { html: '<h1>Q3</h1>', fileName: 'chorley-q3.pdf' })).toEqual({
      ok: true,
      value: { savedTo: '/tmp/chorley-q3.pdf' },
    });
    await expect(call(IPC.reportPdf, FROM_APP, { html: '<h1>Q3</h1>', fileName: '../../etc/cron.d/x.pdf' })).rejects.toThrow(/fileName/);
  });

  it('prints to the configured printer, and refuses a job without a width', async () => {
    const { call, print, store } = setup();
    await call(IPC.settingsUpdate, FROM_APP, { printerName: 'EPSON TM-T88' });
    await call(IPC.printHtml, FROM_APP, { html: '<p>C 014</p>', widthMm: 80 });
    expect(print).toHaveBeenCalledWith({ html: '<p>C 014</p>', widthMm: 80 }, 'EPSON TM-T88');
    await expect(call(IPC.printHtml, FROM_APP, { html: '<p>x</p>' })).rejects.toThrow(/widthMm/);
    expect(print).toHaveBeenCalledTimes(1);
    expect(store.read().printerName).toBe('EPSON TM-T88');
  });
});
