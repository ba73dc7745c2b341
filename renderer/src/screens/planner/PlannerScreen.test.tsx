import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderScreen, resetDb } from '../../../../test/support/render';
import { MONDAYS, seedMondayHistory } from '../../../../test/support/monday-history';
import { must } from '../../../../shared/testing/scenario';
import { appDb } from '../../db/database';
import { mergeRemoteEvents } from '../../db/merge';
import { PlannerScreen } from './PlannerScreen';

/** The hand-worked Mondays of test/support/monday-history.ts: 15 customers 09:00–09:28, 8 minutes each, four desks open. */
let pc: Awaited<ReturnType<typeof seedMondayHistory>>;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse('2026-12-28T08:00:00Z'));
  pc = await seedMondayHistory();
});
afterEach(async () => {
  vi.useRealTimers();
  await resetDb();
});

describe('PlannerScreen', () => {
  it('says Monday 09:00 needs 5 desks by Erlang C where 4 were open, then 4 once checked by simulation (as the four desks managed), and what each would give', async () => {
    renderScreen(<PlannerScreen />);
    const table = await screen.findByTestId('plan-table');
    const row = within(table).getByRole('row', { name: /^09:00–09:30/ });
    // Erlang C's figure first, while the simulation runs: short by one, in words.
    expect(row.textContent).toBe('09:00–09:305 needed · 4 open · short by 1');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Half hour', 'Monday']);
    expect(screen.getByTestId('plan-basis').textContent).toBe(
      'From 55 open days (2026-11-02 to 2026-12-27; bank holidays and closed days left out). Last week’s forecast was off by 0.0 customers per half hour on average.',
    );
    expect(screen.getByRole('button', { name: 'Download the plan (CSV)' })).toHaveProperty('disabled', true);
    // Checked: a morning that starts with nobody waiting and times of exactly 8 minutes need 4 desks, not 5.
    await waitFor(() => expect(screen.getByTestId('plan-check').textContent).toMatch(/^Checked by simulating 50 days/));
    expect(screen.getByTestId('plan-check').textContent).toContain('1 half hour needs a different number of desks from Erlang C’s');
    expect(row.textContent).toBe('09:00–09:304 needed (Erlang C: 5) · 4 open');
    expect(screen.getByTestId('plan-summary').textContent).toBe('Every half hour had at least the desks it needs open in recent weeks.');
    expect(screen.getByRole('button', { name: 'Download the plan (CSV)' })).toHaveProperty('disabled', false);
    // The chart beside the table: Monday's one half hour, desks needed and desks open, with the numbers written on the bars.
    const chart = screen.getByTestId('plan-chart');
    expect(chart.querySelector('svg[role="application"] > title')?.textContent).toBe('Desks needed and desks open recently, each half hour of Monday');
    expect([...chart.querySelectorAll('text.recharts-label')].map((t) => t.textContent)).toEqual(['4', '4']);
    expect([...chart.querySelectorAll('.recharts-legend-item-text')].map((t) => t.textContent)).toEqual(['Desks needed', 'Desks open recently']);
    // What if: with the 4 recommended, Erlang C's endless queue against the simulated day.
    expect(screen.getByTestId('what-if-result').textContent).toBe(
      'By Erlang C, with 4 desks the queue would grow all the time: about 4 desks are busy on average.',
    );
    const simulated4 = screen.getByTestId('what-if-simulated').textContent!;
    expect(simulated4).toMatch(
      /^Simulated over 50 days, the rest of Monday as planned: (\d+(\.\d)?)% seen within 10 minutes ✓ meets it; mean wait \d+\.\d min\.$/,
    );
    fireEvent.change(screen.getByLabelText('Desks open'), { target: { value: '5' } });
    expect(screen.getByTestId('what-if-result').textContent).toBe(
      'By Erlang C, with 5 desks: 84.1% seen within 10 minutes (target 80%) ✓ meets it; mean wait 4.4 min.',
    );
    // A desk more never does worse in the same simulated days.
    const percent = (text: string) => Number(/: ([\d.]+)% seen/.exec(text)![1]);
    expect(percent(screen.getByTestId('what-if-simulated').textContent!)).toBeGreaterThanOrEqual(percent(simulated4));
    fireEvent.change(screen.getByLabelText('Desks open'), { target: { value: '2' } });
    expect(screen.getByTestId('what-if-simulated').textContent).toMatch(/✗ below it/);
  });

  it('rosters more advisors than desks for time away from the desk, and refuses a share it cannot use', async () => {
    renderScreen(<PlannerScreen />);
    await screen.findByTestId('plan-table');
    // The site's configured share until changed here.
    expect(screen.getByLabelText('Time away from the desk (breaks, training), %')).toHaveProperty('value', '30');
    fireEvent.change(screen.getByLabelText('Time away from the desk (breaks, training), %'), { target: { value: '95' } });
    expect(screen.getByRole('alert').textContent).toBe(' Enter a share from 0 to 90.');
    expect(screen.queryByTestId('plan-table')).toBeNull();
    fireEvent.change(screen.getByLabelText('Time away from the desk (breaks, training), %'), { target: { value: '0' } });
    await waitFor(() => expect(screen.getByTestId('plan-table')).toBeTruthy());
  });

  it('where customers walked out, says how many and after how long, and plans by Erlang A', async () => {
    // Two customers a Monday who gave up at 09:29 after 20 minutes' wait: 16 walk-outs of 136 customers.
    const before = new Set(pc.log.keys());
    for (const day of MONDAYS) {
      const nine = Date.parse(`${day}T09:00:00Z`);
      for (const minute of [9, 10]) {
        const t = must(pc.issue(nine + minute * 60_000, day, 'council-tax'));
        must(pc.run(nine + (minute + 20) * 60_000, { type: 'markLeft', ticketId: t.id }));
      }
    }
    await mergeRemoteEvents(appDb(), JSON.parse(JSON.stringify([...pc.log.values()].filter((e) => !before.has(e.id)))));
    renderScreen(<PlannerScreen />);
    await waitFor(() => expect(screen.getByTestId('plan-basis').textContent).toContain('walked out'));
    // Patience: 16 walk-outs over 16 × 20 minutes of their own waiting and 120 × 1 minute of the others': 440 ÷ 16 = 27.5 minutes.
    expect(screen.getByTestId('plan-basis').textContent).toContain(
      '11.8% walked out before being called, after 27.5 min on average: planned by Erlang A, letting no more walk out than 11.8%.',
    );
    expect(screen.getByTestId('what-if-result').textContent).toMatch(/^By Erlang A \(customers give up after 27\.5 min on average\), with \d+ desks?: /);
  });
});
