import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { appDb } from '../db/database';
import { renderScreen, resetDb } from '../../../test/support/render';
import { ReceptionScreen } from './ReceptionScreen';

afterEach(resetDb);

describe('ReceptionScreen', () => {
  it('issues one ticket per Enter, in order, however fast the greeter types', async () => {
    renderScreen(<ReceptionScreen />);
    const form = (await screen.findByRole('button', { name: 'Issue ticket' })).closest('form')!;
    // Three customers in quick succession, without waiting for each ticket to be written.
    for (const letter of ['c', 'h', 'c']) {
      fireEvent.keyDown(form.querySelector('input[type=radio]')!, { key: letter });
      fireEvent.submit(form);
    }
    await waitFor(async () => expect(await appDb().tickets.count()).toBe(3));
    // In the order the keys were pressed: this PC's sequence numbers and stamps both say C, then H, then C.
    const bySeq = (await appDb().events.orderBy('[deviceId+deviceSeq]').toArray()).filter((e) => e.type === 'ticket.issued');
    const tickets = await appDb().tickets.bulkGet(bySeq.map((e) => e.ticketId!));
    expect(tickets.map((t) => t!.number)).toEqual(['C001', 'H001', 'C002']);
    expect(tickets.map((t) => t!.issuedHlc)).toEqual(tickets.map((t) => t!.issuedHlc).sort());
    // The screen catches up with the last commit (a live query), showing the last customer's number.
    await waitFor(() => expect(screen.getByTestId('last-number').textContent).toBe('C 002'));
  });

  it('says what to do when Enter is pressed before a service is chosen, and issues nothing', async () => {
    renderScreen(<ReceptionScreen />);
    fireEvent.submit((await screen.findByRole('button', { name: 'Issue ticket' })).closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('Choose the service the customer needs (press its letter).');
    expect(await appDb().tickets.count()).toBe(0);
  });
});
