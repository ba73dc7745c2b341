import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_NEEDS } from '../../../../shared/events/schema';
import { DAY, at } from '../../../../shared/testing/scenario';
import { readDayCheck } from '../../db/day-check-results';
import { issueTicket } from '../../db/commands';
import { appDb } from '../../db/database';
import { testContext } from '../../../../test/support/device-context';
import { renderScreen, resetDb } from '../../../../test/support/render';
import { EndOfDayScreen } from './EndOfDayScreen';

const HERE = '99999999-9999-4999-8999-999999999999';

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(480));
  const ctx = { ...testContext(HERE, at(470), 3), siteId: 'main-site' };
  await issueTicket(appDb(), ctx, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false });
  ctx.advance(5);
  await issueTicket(appDb(), ctx, { serviceId: 'housing', needs: NO_NEEDS, priority: false });
});
afterEach(async () => {
  vi.useRealTimers();
  await resetDb();
});

describe('End of day', () => {
  it('closes the day only after a confirmation, and lists who was not seen with their wait', async () => {
    renderScreen(<EndOfDayScreen />, HERE);
    expect(await screen.findByText('2 customers are still waiting or called: 2 issued at this PC.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close the day…' }));
    const confirm = screen.getByRole('group', { name: 'Confirm closing the day' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, close the day for the whole site' }));

    expect(await screen.findByText('Day closed. 2 customers were marked unseen.')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Still waiting when the day was closed' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['C 001Council TaxNot seen10:00', 'H 001HousingNot seen05:00']);
    expect((await screen.findByTestId('day-closed')).textContent).toBe(
      'Closed at 17:00 on Reception PC. No PC of this site can issue a ticket until the day is reopened.',
    );
    // No endpoint in this PC's settings: it says so rather than pretending to verify.
    expect(screen.getByText(/not connected to an endpoint/)).toBeTruthy();
    // The check waits, with what is still to go, for the day this PC is connected.
    await vi.waitFor(async () => expect(await readDayCheck(appDb(), DAY)).toMatchObject({ status: 'pending', waiting: 5 }));
  });

  it('says before closing that it ends the day at every PC, and for whom; issuing is refused until the day is reopened', async () => {
    // A customer issued at the front desk PC, heard of here.
    const front = { ...testContext('88888888-8888-4888-8888-888888888888', at(475), 4), siteId: 'main-site', deviceName: 'Front desk' };
    await issueTicket(appDb(), front, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false });
    renderScreen(<EndOfDayScreen />, HERE);
    fireEvent.click(await screen.findByRole('button', { name: 'Close the day…' }));
    const confirm = screen.getByRole('group', { name: 'Confirm closing the day' });
    expect(confirm.textContent).toContain('Closing ends today for the whole site, at every PC, not only this one.');
    expect(confirm.textContent).toContain('3 customers (2 issued at this PC and 1 at Front desk) will be marked unseen and leave every queue.');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, close the day for the whole site' }));
    await screen.findByTestId('day-closed');

    const refused = await issueTicket(appDb(), front, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false });
    expect(!refused.ok && refused.error.message).toBe(
      'Today was closed at 17:00 on Reception PC, so no more tickets can be issued. Reopen the day to issue one.',
    );
    const reopen = screen.getByRole<HTMLButtonElement>('button', { name: 'Reopen the day' });
    await vi.waitFor(() => expect(reopen.disabled).toBe(false));
    fireEvent.click(reopen);
    expect(await screen.findByText('Day reopened: tickets can be issued again.')).toBeTruthy();
    expect((await issueTicket(appDb(), front, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false })).ok).toBe(true);
    // Nobody new is lost: the arrival after the reopening can be closed again.
    expect(await screen.findByRole('button', { name: 'Close the day…' })).toBeTruthy();
  });
});
