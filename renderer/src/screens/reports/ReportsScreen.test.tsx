import { fireEvent, screen, within } from '@testing-library/react';
import type { PrintJob } from '../../../../shared/bridge/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { at } from '../../../../shared/testing/scenario';
import { renderScreen, resetDb } from '../../../../test/support/render';
import { seedKnownMorning } from '../../../../test/support/known-morning';
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
  it('says it is working out the figures until they are there, then shows them in its place', async () => {
    renderScreen(<ReportsScreen />);
    expect((await screen.findByTestId('rep-computing')).textContent).toMatch(/^Working out the figures for /);
    await screen.findByTestId('rep-service-level');
    expect(screen.queryByTestId('rep-computing')).toBeNull();
  });

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
    expect(screen.getByTestId('rep-waits').textContent).toBe('Wait (first)median 4.0 min, 90th percentile 12.0 min (nearest rank)');
    expect(within(screen.getByTestId('rep-ni14')).getByRole('row', { name: /^Progress chasing/ }).textContent).toBe('Progress chasing1');
    expect(within(screen.getByTestId('rep-complaints')).getAllByRole('row')[1]!.textContent).toBe('C 002Finance2026-11-232026-11-302026-12-07');
    expect(within(screen.getByTestId('rep-standards')).getByRole('row', { name: /^Face to face/ }).textContent).toBe('Face to face (every customer)n/a10 minutes80%50.0% (2 of 4) ✗ not met');
    expect(within(screen.getByTestId('rep-standards')).queryByRole('row', { name: /priority/ })).toBeNull();
  });

  it('says what customers said over the period, with compliments by directorate, and breaks it down by week', async () => {
    renderScreen(<ReportsScreen />);
    expect((await screen.findByTestId('rep-satisfaction')).textContent).toBe('Satisfied with their visit100.0% (1 of 1) · target 80%');
    expect(screen.getByTestId('rep-response-rate').textContent).toBe('Answered the feedback screen50.0% (1 of 2) of visits · 1 skipped');
    expect(within(screen.getByTestId('rep-faces')).getByRole('row', { name: /^Satisfied/ }).textContent).toBe('Satisfied1');
    expect(within(screen.getByTestId('rep-compliments-by-directorate')).getAllByRole('row')[1]!.textContent).toBe('Finance1');
    fireEvent.change(screen.getByLabelText('Break down by'), { target: { value: 'week' } });
    const rows = within(await screen.findByTestId('rep-slices')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'WeekTicketsSeen within standardMedian wait (nearest rank)90th percentile (nearest rank)AvoidableFirst contactSatisfiedWould recommend',
      'Week beginning 2026-11-23750.0% (2 of 4)4.0 min12.0 min50.0% (1 of 2)50.0% (1 of 2)100.0% (1 of 1)100.0% (1 of 1)',
    ]);
  });

  it('prints the whole report, with borders, every section and the method of the median', async () => {
    const printed: PrintJob[] = [];
    renderScreen(<ReportsScreen />, undefined, (job) => printed.push(job));
    await screen.findByTestId('rep-service-level');
    fireEvent.click(await screen.findByRole('button', { name: 'Print or save as PDF' }));
    expect(await screen.findByText('The report went to the print dialog: choose a printer, or “Save as PDF”.')).toBeTruthy();
    const html = printed[0]!.html;
    for (const part of [
      'Avoidable contact by reason (NI14)',
      'Outcomes',
      'Complaints by directorate',
      'Compliments by directorate',
      'Satisfied with their visit',
      'How was your visit today?',
      'Complaints raised at the counter', 'Service standards and performance', 'nearest-rank method', 'border: 1px solid #000']) {
      expect(html).toContain(part);
    }
    expect(html).toContain('<th scope="row">Finance</th><td>1</td>');
  });

  it('names each return by its period and exports them', async () => {
    renderScreen(<ReportsScreen />);
    await screen.findByTestId('rep-service-level');
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    URL.createObjectURL = () => 'blob:report';
    URL.revokeObjectURL = () => undefined;
    fireEvent.click(await screen.findByRole('button', { name: 'NI14 return for 2026-11' }));
    fireEvent.click(screen.getByRole('button', { name: 'Seen-within-standard return for Q3 2026/27' }));
    await screen.findByText(/seen-within-standard-return/);
    expect(clicks).toEqual(['main-site-ni14-return-2026-11-01-to-2026-11-30.csv', 'main-site-seen-within-standard-return-2026-10-01-to-2026-12-31.csv']);
    click.mockRestore();
  });
});
