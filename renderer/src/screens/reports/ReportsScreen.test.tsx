import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { at } from '../../../../shared/testing/scenario';
import { renderScreen, resetDb } from '../../testing/render';
import { seedKnownMorning } from '../../testing/known-morning';
import { ReportsScreen } from './ReportsScreen';

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(30));
  await seedKnownMorning();
});
afterEach(async () => {
  vi.useRealTimers();
  await resetDb();
});

describe('ReportsScreen with a known morning', () => {
  it('shows the service level with its counts and what was left out, and why', async () => {
    renderScreen(<ReportsScreen />);
    expect((await screen.findByTestId('rep-service-level')).textContent).toBe('Seen within 10 minutes50.0% (2 of 4) · target 80%');
    expect(within(screen.getByTestId('rep-excluded')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'cancelled in error: 1',
      'timing inaccurate (a PC clock out of step): 0',
      'left within the standard: 1',
      'unseen at close, within the standard: 0',
      'still waiting, within the standard: 1',
    ]);
    expect(screen.getByTestId('rep-waits').textContent).toBe('Wait (first)median 4.0 min, 90th percentile 12.0 min');
    expect(within(screen.getByTestId('rep-ni14')).getByRole('row', { name: /^Progress chasing/ }).textContent).toBe('Progress chasing1');
    expect(within(screen.getByTestId('rep-complaints')).getAllByRole('row')[1]!.textContent).toBe('C 002Finance2026-11-232026-11-302026-12-07');
    expect(within(screen.getByTestId('rep-standards')).getByRole('row', { name: /^Face to face/ }).textContent).toBe('Face to facen/a10 minutes80%50.0% (2 of 4) ✗ not met');
  });
});
