import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newDeviceId } from '../../../../shared/testing/scenario';
import { scottishSite } from '../../../../shared/testing/scottish-site';
import { SimDevice } from '../../../../shared/testing/sim-device';
import { displayNumber } from '../../../../shared/tickets/state';
import { renderScreen, resetDb } from '../../../../test/support/render';
import { appDb } from '../../db/database';
import { mergeRemoteEvents } from '../../db/merge';
import { ReportsScreen } from './ReportsScreen';

/**
 * The Scottish site worked by hand (shared/testing/scottish-site.ts), as another PC of the site sees
 * it: the same figures and due dates as the endpoint's JSON, CSV, officer page and CLI
 * (server/site-config.test.ts), from the site's configuration synced with the tickets.
 */
let complaint = '';
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse('2026-12-04T17:00:00Z'));
  const supervisorPc = new SimDevice(newDeviceId(), 'main-site', { slot: 0, slots: 1 });
  complaint = displayNumber(scottishSite(supervisorPc).complaint.number);
  await mergeRemoteEvents(appDb(), JSON.parse(JSON.stringify([...supervisorPc.log.values()])));
});
afterEach(async () => {
  vi.useRealTimers();
  await resetDb();
});

describe('ReportsScreen at a site with its own configuration', () => {
  it('judges a November day by 15 minutes and 85%, with complaint dates after St Andrew’s Day', async () => {
    renderScreen(<ReportsScreen />);
    fireEvent.change(await screen.findByLabelText('Period'), { target: { value: 'custom' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-27' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-27' } });
    await waitFor(() => expect(screen.getByTestId('rep-service-level').textContent).toBe('Seen within 15 minutes75.0% (3 of 4) · target 85%'));
    expect(within(screen.getByTestId('rep-complaints')).getAllByRole('row')[1]!.textContent).toBe(`${complaint}Housing2026-11-272026-12-072026-12-14`);
  });

  it('judges the quarter against the target in force on its last day, each ticket by the standard it was issued under', async () => {
    renderScreen(<ReportsScreen />);
    fireEvent.change(await screen.findByLabelText('Period'), { target: { value: 'quarter' } });
    await waitFor(() => expect(screen.getByTestId('rep-service-level').textContent).toMatch(/66\.7% \(4 of 6\) · target 90%$/));
  });
});
