import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openSettingsStore } from './settings-store';
import { app, resetElectron } from '../../test/mocks/electron';

vi.mock('electron', () => import('../../test/mocks/electron'));

const file = () => path.join(app.userData, 'settings.json');
const onDisk = () => JSON.parse(readFileSync(file(), 'utf8')) as Record<string, unknown>;
let ids = 0;
const newId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

beforeEach(() => resetElectron());

describe('settings in electron-store', () => {
  it('starts a new PC with the seeds’ defaults and a device id of its own, written to disk', () => {
    const store = openSettingsStore({ newDeviceId: newId });
    const s = store.read();
    expect(s.carriedOver).toBeNull();
    expect(s.role).toBe('greeter');
    expect(s.endpointUrl).toBe('');
    expect(onDisk()['deviceId']).toBe(s.deviceId);
    expect(store.repaired).toEqual([]);
  });

  it('keeps the same device id across restarts', () => {
    const first = openSettingsStore({ newDeviceId: newId }).read().deviceId;
    expect(openSettingsStore({ newDeviceId: newId }).read().deviceId).toBe(first);
  });

  it('migrates an unversioned file, keeping the site’s own standard aside to carry over into the site’s configuration', () => {
    writeFileSync(file(), JSON.stringify({ siteId: 'harrow-civic', siteName: 'Harrow Civic Centre', standardMinutes: 15, targetPercent: 90 }));
    const s = openSettingsStore({ newDeviceId: newId }).read();
    expect(s.siteId).toBe('harrow-civic');
    expect(s.carriedOver).toEqual({ standardMinutes: 15, targetPercent: 90 });
    expect(onDisk()['schemaVersion']).toBe(2);
    expect(onDisk()['standardMinutes']).toBeUndefined();
  });

  it('resets an invalid value to its default and says which', () => {
    const good = openSettingsStore({ newDeviceId: newId }).read();
    writeFileSync(file(), JSON.stringify({ ...good, siteId: 'Not A Slug!', carriedOver: { targetPercent: 400 } }));
    const store = openSettingsStore({ newDeviceId: newId });
    expect(store.repaired).toEqual(['siteId', 'carriedOver']);
    expect(store.read().siteId).toBe('main-site');
    expect(store.read().carriedOver).toBeNull();
    expect(store.read().deviceId).toBe(good.deviceId);
  });
});
