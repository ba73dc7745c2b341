import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { appDb } from '../../db/database';
import { readSiteVersions } from '../../db/site-config';
import { saveSiteConfig } from '../../db/commands';
import { DEFAULT_SITE_SETTINGS } from '../../../../shared/config/site-settings';
import { testContext } from '../../../../test/support/device-context';
import { resetDb } from '../../../../test/support/render';
import { BridgeContext } from '../../bridge/BridgeContext';
import { createWebBridge } from '../../bridge/web';
import { SettingsScreen } from './SettingsScreen';
import { SettingsProvider } from '../../app/SettingsContext';

function renderSettings() {
  const bridge = createWebBridge(
    localStorage,
    () => '55555555-5555-4555-8555-555555555555',
    () => {},
  );
  render(
    <BridgeContext.Provider value={bridge}>
      <SettingsProvider>
        <SettingsScreen />
      </SettingsProvider>
    </BridgeContext.Provider>,
  );
  return bridge;
}

afterEach(async () => {
  localStorage.clear();
  await resetDb();
});

describe('SettingsScreen', () => {
  it('shows this PC’s settings with labelled fields', async () => {
    renderSettings();
    expect(await screen.findByLabelText('Site name')).toHaveProperty('value', 'One Stop Shop');
    expect(screen.getByLabelText('Face-to-face standard (minutes)')).toHaveProperty('value', '10');
    expect(screen.getByLabelText('Target seen within standard (%)')).toHaveProperty('value', '80');
    expect(screen.getByText('55555555-5555-4555-8555-555555555555')).toBeTruthy();
  });

  it('saves a change and confirms it in words', async () => {
    const bridge = renderSettings();
    fireEvent.change(await screen.findByLabelText('Desk'), { target: { value: '4' } });
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'advisor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    expect(await bridge.getSettings()).toMatchObject({ desk: '4', role: 'advisor' });
  });

  it('saves the site’s configuration (bank holidays, closed days, standard, target, a service’s name) for every PC, with who changed it', async () => {
    renderSettings();
    fireEvent.change(await screen.findByLabelText('Bank holidays (for complaint due dates)'), { target: { value: 'scotland' } });
    fireEvent.change(screen.getByLabelText('Other days the council is closed'), { target: { value: '2026-12-29, 2026-12-30' } });
    fireEvent.change(screen.getByLabelText('Face-to-face standard (minutes)'), { target: { value: '15' } });
    fireEvent.change(screen.getByLabelText('Target seen within standard (%)'), { target: { value: '85' } });
    fireEvent.change(screen.getByLabelText('Name of Council Tax'), { target: { value: 'Council Tax and Benefits' } });
    fireEvent.change(screen.getByLabelText('Your name (recorded with the change)'), { target: { value: 'Sam Patel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the site’s configuration' }));
    expect(await screen.findByText(/The site’s configuration is saved/)).toBeTruthy();
    const versions = await readSiteVersions(appDb());
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, changedOn: 'Reception PC', changedBy: 'Sam Patel' });
    expect(versions[0]!.settings).toMatchObject({
      holidayRegion: 'scotland',
      extraClosedDays: ['2026-12-29', '2026-12-30'],
      standardMinutes: 15,
      targetPercent: 85,
    });
    expect(versions[0]!.settings.services[0]!.name).toBe('Council Tax and Benefits');
    await waitFor(() => expect(screen.getByTestId('site-config-version').textContent).toMatch(/^Version 1, saved .* on Reception PC by Sam Patel\.$/));
    // The form shows the saved version, and the confirmation is still there to read.
    expect(screen.getByText(/The site’s configuration is saved/)).toBeTruthy();
    expect(screen.getByLabelText('Face-to-face standard (minutes)')).toHaveProperty('value', '15');
  });

  it('refuses a closed day that is not a date, or an empty standard, in the form’s words, and saves nothing', async () => {
    renderSettings();
    fireEvent.change(await screen.findByLabelText('Other days the council is closed'), { target: { value: '29/12/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the site’s configuration' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Other days the council is closed.*YYYY-MM-DD/);
    fireEvent.change(screen.getByLabelText('Other days the council is closed'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Face-to-face standard (minutes)'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the site’s configuration' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Face-to-face standard \(minutes\) must be a number/));
    expect(screen.getByRole('alert').textContent).not.toMatch(/thresholds|standardMinutes/);
    expect(await readSiteVersions(appDb())).toEqual([]);
    // A service name typed with a NUL (pasted from elsewhere) is refused by the write path itself, saying where.
    const ctx = { ...testContext('99999999-9999-4999-8999-999999999999', Date.UTC(2026, 11, 5, 9)), deviceName: 'Front desk' };
    const services = DEFAULT_SITE_SETTINGS.services.map((x, i) => (i === 1 ? { ...x, name: 'Hous\u0000ing' } : x));
    const r = await saveSiteConfig(appDb(), ctx, { ...DEFAULT_SITE_SETTINGS, services });
    expect(!r.ok && r.error.message).toBe('Not saved: services.1.name has a NUL character or a broken character in it.');
    expect(await readSiteVersions(appDb())).toEqual([]);
  });

  it('says so when another PC saves a version while the form is open, and shows that version', async () => {
    renderSettings();
    fireEvent.change(await screen.findByLabelText('Face-to-face standard (minutes)'), { target: { value: '12' } });
    const elsewhere = { ...testContext('77777777-7777-4777-8777-777777777777', Date.UTC(2026, 11, 5, 9)), deviceName: 'Supervisor PC' };
    expect((await saveSiteConfig(appDb(), elsewhere, { ...DEFAULT_SITE_SETTINGS, standardMinutes: 20 })).ok).toBe(true);
    expect(
      await screen.findByText('Version 1 was just saved on Supervisor PC; the form now shows it. Make your change again if it is still needed.'),
    ).toBeTruthy();
    expect(screen.getByLabelText('Face-to-face standard (minutes)')).toHaveProperty('value', '20');
  });

  it('checks the endpoint and token on request and says plainly what is missing', async () => {
    renderSettings();
    fireEvent.click(await screen.findByRole('button', { name: 'Check endpoint and token' }));
    expect((await screen.findByText(/^No endpoint address is set/)).getAttribute('role')).toBe('alert');
    fireEvent.change(screen.getByLabelText('New device token'), { target: { value: 'oss_0192f0c41a2b4c3d8e4f0123456789ab_secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save token' }));
    expect(await screen.findByText('Device token saved. Use “Check endpoint and token” to test it.')).toBeTruthy();
    expect(screen.getByText(/A device token is stored on this PC/)).toBeTruthy();
  });
});
