import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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

  it('sets the bank holiday region and the council’s own closed days', async () => {
    const bridge = renderSettings();
    fireEvent.change(await screen.findByLabelText('Bank holidays (for complaint due dates)'), { target: { value: 'scotland' } });
    fireEvent.change(screen.getByLabelText('Other days the council is closed'), { target: { value: '2026-12-29, 2026-12-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    expect(await bridge.getSettings()).toMatchObject({ holidayRegion: 'scotland', extraClosedDays: ['2026-12-29', '2026-12-30'] });
  });

  it('refuses a closed day that is not a date and keeps the old list', async () => {
    const bridge = renderSettings();
    fireEvent.change(await screen.findByLabelText('Other days the council is closed'), { target: { value: '29/12/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/YYYY-MM-DD/);
    expect((await bridge.getSettings()).extraClosedDays).toEqual([]);
  });

  it('explains what is wrong with an empty standard and keeps the old value', async () => {
    const bridge = renderSettings();
    fireEvent.change(await screen.findByLabelText('Face-to-face standard (minutes)'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Face-to-face standard \(minutes\) must be a number/);
    expect((await screen.findByRole('alert')).textContent).not.toMatch(/thresholds|standardMinutes/);
    expect((await bridge.getSettings()).thresholds.standardMinutes).toBe(10);
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
