import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_NEEDS } from '../../../../shared/events/schema';
import { issueTicket } from '../../db/commands';
import { appDb } from '../../db/database';
import { saveSiteConfig } from '../../db/commands';
import { readSiteBeforeAnyVersion } from '../../db/meta';
import { DEFAULT_SITE_SETTINGS } from '../../../../shared/config/site-settings';
import { SETTINGS_KEY } from '../../bridge/web';
import { testContext } from '../../../../test/support/device-context';
import { renderScreen, resetDb } from '../../../../test/support/render';
import { SetupScreen } from './SetupScreen';

const HERE = '99999999-9999-4999-8999-999999999999';

afterEach(async () => {
  localStorage.clear();
  await resetDb();
});

describe('first-run set-up', () => {
  it('sets the PC up for its site and role, clears the practice records (keeping the site’s configuration aside) and opens the role’s screen', async () => {
    const practice = { ...testContext(HERE, Date.now(), 3), siteId: 'main-site' };
    await issueTicket(appDb(), practice, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false });
    const services = DEFAULT_SITE_SETTINGS.services.map((s, i) => (i === 0 ? { ...s, name: 'Council Tax and Benefits' } : s));
    expect((await saveSiteConfig(appDb(), practice, { ...DEFAULT_SITE_SETTINGS, standardMinutes: 15, services })).ok).toBe(true);
    const restart = vi.fn();
    renderScreen(<SetupScreen restart={restart} />, HERE);
    await screen.findByText(/Setting up clears the 1 practice ticket issued today\./);

    fireEvent.change(screen.getByLabelText('Site code'), { target: { value: 'chorley-town-hall' } });
    fireEvent.change(screen.getByLabelText('PC name'), { target: { value: 'Desk PC 2' } });
    fireEvent.change(screen.getByLabelText('What this PC is for'), { target: { value: 'advisor' } });
    fireEvent.change(screen.getByLabelText('Ticket numbering: this PC is number'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('…of this many PCs that issue tickets'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set up and start for real' }));

    await waitFor(() => expect(restart).toHaveBeenCalledWith('desk'));
    const stored = JSON.parse(localStorage.getItem(SETTINGS_KEY)!);
    expect(stored).toMatchObject({ mode: 'live', siteId: 'chorley-town-hall', deviceName: 'Desk PC 2', role: 'advisor', issuingSlot: 1, issuingSlots: 3 });
    expect([await appDb().events.count(), await appDb().tickets.count(), await appDb().meta.get('position')]).toEqual([0, 0, undefined]);
    // Judged by until the real site's configuration is saved: the one practised with.
    const kept = await readSiteBeforeAnyVersion(appDb(), null);
    expect([kept.standardMinutes, kept.services[0]!.name]).toEqual([15, 'Council Tax and Benefits']);
  });

  it('refuses without a site code or with a numbering slot out of range, and changes nothing', async () => {
    const restart = vi.fn();
    renderScreen(<SetupScreen restart={restart} />, HERE);
    fireEvent.click(await screen.findByRole('button', { name: 'Set up and start for real' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Site code: give the site code/);
    fireEvent.change(screen.getByLabelText('Site code'), { target: { value: 'leyland' } });
    fireEvent.change(screen.getByLabelText('Ticket numbering: this PC is number'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set up and start for real' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^This PC’s ticket numbering/);
    expect(restart).not.toHaveBeenCalled();
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}').mode).not.toBe('live');
  });

  it('sets up a feedback screen with the desk it faces, and will not without one', async () => {
    const restart = vi.fn();
    renderScreen(<SetupScreen restart={restart} />, HERE);
    fireEvent.change(await screen.findByLabelText('Site code'), { target: { value: 'leyland' } });
    fireEvent.change(screen.getByLabelText('What this PC is for'), { target: { value: 'feedback' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set up and start for real' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The desk this screen faces/);
    expect(restart).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('The desk this screen faces'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set up and start for real' }));
    await waitFor(() => expect(restart).toHaveBeenCalledWith('feedback'));
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toMatchObject({ mode: 'live', role: 'feedback', desk: '3' });
  });
});
