import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings/schema';
import { renderScreen } from '../../../test/support/render';
import { SETTINGS_KEY } from '../bridge/web';
import { useSettings } from './SettingsContext';

const DEVICE = '99999999-9999-4999-8999-999999999999';

function DeviceName() {
  return <p>{useSettings().settings.deviceName}</p>;
}

afterEach(() => localStorage.clear());

describe('settings shared by the windows of one PC', () => {
  it('a save in another window of the PC shows here without a restart', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ ...defaultSettings(DEVICE), deviceName: 'Front desk' }));
    renderScreen(<DeviceName />, DEVICE);
    await screen.findByText('Front desk');

    // What the Settings screen does in the other window: store, then tell the PC's other windows.
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ ...defaultSettings(DEVICE), deviceName: 'Front desk (left)' }));
    const otherWindow = new BroadcastChannel('one-stop-shop-reception');
    otherWindow.postMessage({ kind: 'settings-changed' });
    otherWindow.close();
    expect(await screen.findByText('Front desk (left)')).toBeTruthy();
  });
});
