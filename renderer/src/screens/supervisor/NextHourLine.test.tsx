import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SITE_CONFIG } from '../../../../shared/config/site-config';
import { desksNeeded } from '../../../../shared/planner/erlang';
import { ALL_SKILLS, must } from '../../../../shared/testing/scenario';
import type { SimDevice } from '../../../../shared/testing/sim-device';
import { renderScreen, resetDb } from '../../../../test/support/render';
import { seedMondayHistory } from '../../../../test/support/monday-history';
import { appDb } from '../../db/database';
import { mergeRemoteEvents } from '../../db/merge';
import { SupervisorScreen } from './SupervisorScreen';

const MIN = 60_000;
const NINE = Date.parse('2026-12-28T09:00:00Z'); // Monday, after eight Mondays of history

let pc: SimDevice;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  pc = await seedMondayHistory();
});
afterEach(async () => {
  vi.useRealTimers();
  await resetDb();
});

/** Today: desks signed on, and customers issued who are still waiting. */
async function today(desks: string[], waiting: number, now: number) {
  vi.setSystemTime(now);
  const before = new Set(pc.log.keys());
  for (const desk of desks) must(pc.desk(NINE, { type: 'signOn', desk, services: DEFAULT_SITE_CONFIG.services.map((s) => s.id), skills: ALL_SKILLS }));
  for (let i = 0; i < waiting; i++) must(pc.issue(NINE + i * MIN, '2026-12-28', 'council-tax'));
  await mergeRemoteEvents(appDb(), JSON.parse(JSON.stringify([...pc.log.values()].filter((e) => !before.has(e.id)))));
}

describe('the supervisor’s next-hour line', () => {
  it('at 09:03 with two desks open and three waiting: the Monday forecast’s 15 plus the 3 waiting need more desks than are open, said in words', async () => {
    await today(['1', '2'], 3, NINE + 3 * MIN);
    renderScreen(<SupervisorScreen />);
    // 15 forecast in the half hour from 09:03 (09:00–09:30 all but 3 minutes: 13.5) and nothing after; 3 waiting; 8 minutes each.
    const needed = desksNeeded({ arrivalsPerHour: 13.5 + 3, meanServiceMs: 8 * MIN }, 10 * MIN, 80);
    expect(needed).toBe(3);
    await waitFor(() => expect(screen.getByTestId('next-hour').textContent).toMatch(/^To stay/));
    expect(screen.getByTestId('next-hour').textContent).toBe(
      'To stay within the standard for the next hour: 3 desks. 2 open now: open 1 more. (About 14 customers expected, and 3 waiting now.)',
    );
  });

  it('with enough desks open it asks for none more', async () => {
    await today(['1', '2', '3', '4', '5'], 0, NINE);
    renderScreen(<SupervisorScreen />);
    await waitFor(() => expect(screen.getByTestId('next-hour').textContent).toMatch(/^To stay/));
    expect(screen.getByTestId('next-hour').textContent).toBe(
      'To stay within the standard for the next hour: 3 desks. 5 open now. (About 15 customers expected, and 0 waiting now.)',
    );
  });
});
