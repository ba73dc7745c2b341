import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_SKILLS, at } from '../../../../shared/testing/scenario';
import { NO_NEEDS } from '../../../../shared/events/schema';
import { deskCommand, issueTicket, ticketCommand } from '../../db/commands';
import { appDb } from '../../db/database';
import { testContext } from '../../../../test/support/device-context';
import { useSession } from '../../state/session';
import { renderScreen, resetDb } from '../../../../test/support/render';
import { DeskScreen } from './DeskScreen';

const HERE = '99999999-9999-4999-8999-999999999999';

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(6));
  sessionStorage.clear();
  useSession.setState({ desk: '1' });
  const here = { ...testContext(HERE, at(1), 7), siteId: 'main-site' };
  await deskCommand(appDb(), here, { type: 'signOn', desk: '1', services: ['council-tax'], skills: ALL_SKILLS });
  const t = await issueTicket(appDb(), here, { serviceId: 'council-tax', needs: NO_NEEDS, priority: false });
  if (!t.ok) throw new Error(t.error.message);
  await ticketCommand(appDb(), here, { type: 'call', ticketId: t.value.id, desk: '1' });
  await ticketCommand(appDb(), here, { type: 'startServing', ticketId: t.value.id, desk: '1' });
});
afterEach(async () => {
  vi.useRealTimers();
  await resetDb();
});

const form = () => screen.getByRole('form', { name: 'Outcome' });

describe('the outcome form at a desk', () => {
  it('says what is missing beside the field and moves focus there', async () => {
    renderScreen(<DeskScreen />, HERE);
    fireEvent.click(await screen.findByRole('button', { name: 'Finish…' }));
    fireEvent.click(within(form()).getByRole('radio', { name: 'Unable to resolve' }));
    fireEvent.click(within(form()).getByRole('button', { name: 'Finish contact' }));
    const reason = within(form()).getByRole('textbox', { name: 'Why could it not be resolved?' });
    expect(document.activeElement).toBe(reason);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(reason.getAttribute('aria-describedby')!)?.textContent).toBe('✗ Say why it could not be resolved.');

    fireEvent.change(reason, { target: { value: 'Needs a form from Revenues' } });
    fireEvent.click(within(form()).getByRole('button', { name: 'Finish contact' }));
    const no = within(form()).getByRole('radio', { name: 'No' });
    expect(document.activeElement).toBe(no);
    expect(within(form()).getByText('Say whether the contact was avoidable.')).toBeTruthy();
  });

  it('records a compliment with its directorate beside the outcome, asks for the directorate first, then shows whether feedback was given', async () => {
    renderScreen(<DeskScreen />, HERE);
    fireEvent.click(await screen.findByRole('button', { name: 'Finish…' }));
    fireEvent.click(within(form()).getByRole('radio', { name: 'Resolved at first point of contact' }));
    fireEvent.click(within(form()).getByRole('radio', { name: 'No' }));
    fireEvent.click(within(form()).getByRole('checkbox', { name: 'The customer paid a compliment' }));
    fireEvent.click(within(form()).getByRole('button', { name: 'Finish contact' }));
    const directorate = within(form()).getByRole('combobox', { name: 'Directorate complimented' });
    expect(document.activeElement).toBe(directorate);
    expect(document.getElementById(directorate.getAttribute('aria-describedby')!)?.textContent).toBe('✗ Choose the directorate the compliment is about.');
    fireEvent.change(directorate, { target: { value: 'Finance' } });
    fireEvent.change(within(form()).getByRole('textbox', { name: 'Compliment summary' }), { target: { value: 'Thanked Sam for sorting the bill' } });
    fireEvent.click(within(form()).getByRole('button', { name: 'Finish contact' }));
    expect((await screen.findByTestId('last-feedback')).textContent).toBe('Feedback from C 001, the last customer you finished: none yet');
    const done = (await appDb().events.toArray()).find((e) => e.type === 'ticket.completed');
    expect(done?.payload).toMatchObject({ compliment: { directorate: 'Finance', summary: 'Thanked Sam for sorting the bill' }, complaint: null });
    const here = { ...testContext(HERE, at(7), 8), siteId: 'main-site' };
    await ticketCommand(appDb(), here, { type: 'giveFeedback', ticketId: done!.ticketId!, answer: { satisfaction: 1, recommend: 'no' } });
    await waitFor(() => expect(screen.getByTestId('last-feedback').textContent).toBe('Feedback from C 001, the last customer you finished: given'));
    expect(document.body.textContent).not.toMatch(/Very poor|satisfaction/i);
  });

  it('keeps a half-filled outcome through a reload, and puts focus on Call next once finished', async () => {
    const first = renderScreen(<DeskScreen />, HERE);
    fireEvent.click(await screen.findByRole('button', { name: 'Finish…' }));
    fireEvent.click(within(form()).getByRole('radio', { name: 'Referred to back office' }));
    fireEvent.click(within(form()).getByRole('radio', { name: 'Yes' }));
    first.unmount();

    // The window reloads: the form is open again with what was chosen.
    renderScreen(<DeskScreen />, HERE);
    await screen.findByRole('form', { name: 'Outcome' });
    expect((within(form()).getByRole('radio', { name: 'Referred to back office' }) as HTMLInputElement).checked).toBe(true);
    expect((within(form()).getByRole('radio', { name: 'Yes' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(within(form()).getByRole('combobox', { name: 'Why was it avoidable?' }), { target: { value: 'progress-chasing' } });
    fireEvent.click(within(form()).getByRole('button', { name: 'Finish contact' }));

    const callNext = await screen.findByRole('button', { name: 'Call next' });
    await waitFor(() => expect(document.activeElement).toBe(callNext));
    const done = (await appDb().tickets.toArray())[0]!;
    expect(done.completion).toMatchObject({ outcome: 'referred', avoidable: { reasonId: 'progress-chasing' } });
    expect(sessionStorage.getItem('oss.outcome-draft')).toBeNull();
  });
});

describe('what a desk hands on', () => {
  it('sends a note with a transfer, which the next desk reads with the customer', async () => {
    const here = { ...testContext(HERE, at(6), 9), siteId: 'main-site' };
    await deskCommand(appDb(), here, { type: 'signOn', desk: '2', services: ['housing'], skills: ALL_SKILLS });
    const first = renderScreen(<DeskScreen />, HERE);
    fireEvent.change(await screen.findByLabelText('Transfer to'), { target: { value: 'housing' } });
    fireEvent.change(screen.getByLabelText('Note for the next desk'), { target: { value: 'Has the eviction notice with her' } });
    fireEvent.click(screen.getByRole('button', { name: 'Transfer' }));
    await screen.findByText('C 001 transferred; the customer keeps their ticket.');
    first.unmount();

    useSession.setState({ desk: '2' });
    renderScreen(<DeskScreen />, HERE);
    fireEvent.click(await screen.findByRole('button', { name: 'Call next' }));
    expect((await screen.findByTestId('transfer-note')).textContent).toBe('Note from the desk that transferred C 001: Has the eviction notice with her');
  });

  it('pauses with a reason the desk bar and the desk record show', async () => {
    renderScreen(<DeskScreen />, HERE);
    fireEvent.change(await screen.findByLabelText('Pause for'), { target: { value: 'Lunch' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(await screen.findByText(/Paused \(Lunch\)/)).toBeTruthy();
    expect((await appDb().desks.get('1'))?.pauseReason).toBe('Lunch');
  });
});
