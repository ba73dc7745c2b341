import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_NEEDS } from '../../../shared/events/schema';
import { issueTicket } from '../db/commands';
import { appDb } from '../db/database';
import { testContext } from '../../../test/support/device-context';
import { renderScreen, resetDb } from '../../../test/support/render';
import { QueueScreen } from './QueueScreen';

const HERE = '99999999-9999-4999-8999-999999999999';

beforeEach(async () => {
  const ctx = { ...testContext(HERE, Date.now(), 3), siteId: 'main-site', deviceName: 'Front desk' };
  for (const serviceId of ['council-tax', 'council-tax', 'housing']) await issueTicket(appDb(), ctx, { serviceId, needs: NO_NEEDS, priority: false });
});
afterEach(resetDb);

const rows = () =>
  within(screen.getByRole('table', { name: 'Waiting, in the order they will be called' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.getAttribute('data-ticket'));

describe('the queue: closing a ticket without serving it', () => {
  it('marks a customer as left, or cancels a ticket issued in error with the reason, recording which PC and when', async () => {
    renderScreen(<QueueScreen />, HERE);
    await waitFor(() => expect(rows()).toEqual(['C001', 'C002', 'H001']));

    fireEvent.click(screen.getByRole('button', { name: 'Left or cancel C 001…' }));
    fireEvent.click(screen.getByRole('button', { name: 'C 001 left without being seen' }));
    expect((await screen.findByText('C 001 marked as left without being seen.')).getAttribute('role')).toBe('status');
    await waitFor(() => expect(rows()).toEqual(['C002', 'H001']));

    fireEvent.click(screen.getByRole('button', { name: 'Left or cancel H 001…' }));
    fireEvent.change(screen.getByLabelText('Or cancel the ticket, because'), { target: { value: 'Other' } });
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Customer came for the library' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel ticket H 001' }));
    await waitFor(() => expect(rows()).toEqual(['C002']));

    const events = await appDb().events.toArray();
    const left = events.find((e) => e.type === 'ticket.left');
    const cancelled = events.find((e) => e.type === 'ticket.cancelled');
    expect(left?.payload).toEqual({ recordedOn: 'Reception PC' });
    expect(cancelled?.payload).toEqual({ reason: 'Customer came for the library', recordedOn: 'Reception PC' });
    const tickets = await appDb().tickets.toArray();
    expect(tickets.map((t) => [t.number, t.status]).sort()).toEqual([
      ['C001', 'left'],
      ['C002', 'waiting'],
      ['H001', 'cancelled'],
    ]);
  });

  it('says why a cancel with no reason is refused, and records nothing', async () => {
    renderScreen(<QueueScreen />, HERE);
    fireEvent.click(await screen.findByRole('button', { name: 'Left or cancel C 002…' }));
    fireEvent.change(screen.getByLabelText('Or cancel the ticket, because'), { target: { value: 'Other' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel ticket C 002' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Say why the ticket is being cancelled.');
    expect((await appDb().events.toArray()).filter((e) => e.type === 'ticket.cancelled')).toEqual([]);
  });
});
