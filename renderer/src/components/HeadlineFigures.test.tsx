import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINT_POLICY } from '../../../shared/figures/contacts';
import { computeFigures } from '../../../shared/figures/figures';
import { at, site } from '../../../shared/testing/scenario';
import { HeadlineFigures } from './HeadlineFigures';

const opts = { asOf: at(60), targetPercent: 80, complaintPolicy: DEFAULT_COMPLAINT_POLICY };

/** A priority customer seen at 7:00 (their own standard 5:00) and an ordinary one at 9:00. */
function bothWithinTen() {
  const s = site();
  const priority = s.issue(0, 'council-tax', { priority: true });
  const ordinary = s.issue(0, 'council-tax');
  for (const [m, t, desk] of [
    [7, priority, '1'],
    [9, ordinary, '2'],
  ] as const) {
    s.call(m, t, desk);
    s.serve(m, t, desk);
    s.finish(m + 1, t, desk);
  }
  return [s.ticket(priority), s.ticket(ordinary)];
}

describe('the headline figures beside the priority figure', () => {
  it('says both were seen within 10 minutes, and apart, that the priority customer missed their own standard', () => {
    render(<HeadlineFigures figures={computeFigures(bothWithinTen(), opts)} standardMinutes={10} label="Today" testId="fig" />);
    expect(screen.getByTestId('fig-service-level').textContent).toBe('Seen within 10 minutes100.0% (2 of 2) · target 80% ✓ on target');
    expect(screen.getByTestId('fig-priority').textContent).toBe('Priority customers seen within their own standard0.0% (0 of 1) ✗ below target');
  });

  it('shows no priority line on a day without priority customers', () => {
    const s = site();
    s.issue(0);
    render(<HeadlineFigures figures={computeFigures([...s.pc.tickets.values()], opts)} standardMinutes={10} label="Today" testId="fig" />);
    expect(screen.queryByTestId('fig-priority')).toBeNull();
  });
});
