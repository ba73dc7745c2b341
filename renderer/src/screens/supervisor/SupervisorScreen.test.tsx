import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { at } from '../../../../shared/testing/scenario';
import { renderScreen as renderWithApp, resetDb } from '../../../../test/support/render';
import { seedKnownMorning, syncKnownMorning } from '../../../../test/support/known-morning';
import { must } from '../../../../shared/testing/scenario';
import { SupervisorScreen } from './SupervisorScreen';

let morning: Awaited<ReturnType<typeof seedKnownMorning>>;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(30));
  morning = await seedKnownMorning();
});
afterEach(async () => {
  vi.useRealTimers();
  await resetDb();
});

const renderScreen = () => renderWithApp(<SupervisorScreen />);

describe('SupervisorScreen with a known morning', () => {
  it('shows today’s figures with their counts, and how many were not counted', async () => {
    renderScreen();
    expect((await screen.findByTestId('sup-service-level')).textContent).toBe(
      'Seen within 10 minutes50.0% (2 of 4) · target 80% ✗ below target · 3 not counted',
    );
    expect(screen.getByTestId('sup-waiting').textContent).toBe('Waiting now2');
    expect(screen.getByTestId('sup-longest').textContent).toBe('Longest wait15:00');
    expect(screen.getByTestId('sup-avoidable').textContent).toBe('Avoidable contact (NI14)50.0% (1 of 2)');
    expect(screen.getByTestId('sup-first-contact').textContent).toBe('Resolved at first contact50.0% (1 of 2)');
  });

  it('says what customers said today: satisfied and would recommend against the target, with counts, and beside the wait', async () => {
    renderScreen();
    expect((await screen.findByTestId('sup-satisfaction')).textContent).toBe('Satisfied with their visit100.0% (1 of 1) · target 80% ✓ on target');
    expect(screen.getByTestId('sup-recommend').textContent).toBe('Would recommend us100.0% (1 of 1)');
    expect(screen.getByTestId('sup-response-rate').textContent).toBe('Answered the feedback screen50.0% (1 of 2) of visits · 1 skipped');
    expect(screen.getByTestId('sup-satisfaction-by-wait').textContent).toBe(
      'Satisfied, by waitseen within the standard 100.0% (1 of 1) · not no answers (0 of 0)',
    );
    expect(screen.getByTestId('sup-compliments').textContent).toBe('Compliments at the counter1');
  });

  it('breaks the day down by service and desk', async () => {
    renderScreen();
    const services = await screen.findByTestId('by-service');
    const row = (name: string) => within(services).getByRole('row', { name: new RegExp(`^${name}`) }).textContent;
    expect(row('Council Tax')).toBe('Council Tax166.7% (2 of 3)4.0 min50.0% (1 of 2)50.0% (1 of 2)100.0% (1 of 1)');
    expect(row('Housing')).toBe('Housing10.0% (0 of 1)–no contacts finished (0 of 0)no contacts finished (0 of 0)no answers (0 of 0)');
    const desks = screen.getByTestId('by-desk');
    expect(
      within(desks)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['DeskStateCustomerServed today', 'Desk 1Free–2', 'Desk 2Free–0', 'Desk 3Paused since 09:21: Training–0']);
  });

  it('raises the near-breach alert in words for the customer already past the standard', async () => {
    renderScreen();
    const list = await screen.findByTestId('near-breach-list');
    expect(list.textContent).toBe('H 002 (Housing) passed the standard at 09:25');
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('H 002 (Housing) passed the standard at 09:25'));
    expect(screen.getByRole('heading', { name: /1 customer near or past the standard/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Alert sound on' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('takes a customer off the alert as soon as a desk calls them, and names each one near or past', async () => {
    renderScreen();
    await screen.findByTestId('near-breach-list');
    // C 004 (issued 09:25, standard 10 minutes) comes near; H 002 is called by desk 2.
    vi.setSystemTime(at(33));
    morning.call(31, morning.ticket([...morning.pc.tickets.values()].find((t) => t.number === 'H002')!), '2');
    await syncKnownMorning(morning);
    await vi.waitFor(() => expect(screen.getByTestId('near-breach-list').textContent).toBe('C 004 (Council Tax) reaches the standard at 09:35'), {
      timeout: 8000,
    });
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('C 004 (Council Tax) reaches the standard at 09:35'), { timeout: 8000 });
    expect(screen.getByRole('heading', { name: /1 customer near or past the standard/ })).toBeTruthy();
  });

  it('lists coming breaches with service and needs, and says why nobody will call a customer no desk can take', async () => {
    for (const desk of ['1', '2']) must(morning.pc.desk(at(29), { type: 'signOff', desk }));
    await syncKnownMorning(morning);
    renderScreen();
    const table = await screen.findByTestId('forecast');
    await vi.waitFor(() =>
      expect(
        within(table)
          .getAllByRole('row')
          .map((r) => r.textContent),
      ).toEqual([
        'TicketServiceNeedsReaches the standardExpected callLate by',
        'H 002Housing–09:25Every desk is paused5.0 min already',
        'C 004Council Tax–09:35Every desk is pausedWill pass it',
      ]),
    );
  });
});
