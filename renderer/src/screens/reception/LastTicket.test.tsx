import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG } from '../../../../shared/config/site-config';
import { site } from '../../../../shared/testing/scenario';
import { LastTicket } from './LastTicket';

describe('the reprint list', () => {
  it('lists the customers still here first, newest first, and says how each closed ticket closed', () => {
    const s = site();
    const waiting = s.issue(0);
    const seen = s.issue(1, 'housing');
    const cancelled = s.issue(2);
    s.call(3, seen, '1', 'asked for housing first');
    s.serve(3, seen, '1');
    s.finish(5, seen, '1');
    s.cancel(6, cancelled);
    const today = [...s.pc.tickets.values()];
    render(<LastTicket last={undefined} today={today} config={DEFAULT_SITE_CONFIG} waitTold={undefined} printLabel="Reprint" onPrint={() => {}} />);
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual([
      'Choose a ticket',
      expect.stringMatching(/^C 001, Council Tax, \d\d:\d\d$/),
      expect.stringMatching(/^C 002, Council Tax, \d\d:\d\d \(cancelled\)$/),
      expect.stringMatching(/^H 001, Housing, \d\d:\d\d \(seen\)$/),
    ]);
    expect(waiting.number).toBe('C001');
  });
});
