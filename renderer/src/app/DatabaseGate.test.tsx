import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DatabaseGate } from './DatabaseGate';

describe('opening this PC’s records', () => {
  it('shows the screens once the database is open', async () => {
    const open = () => Promise.resolve();
    render(
      <DatabaseGate open={open}>
        <p>Reception</p>
      </DatabaseGate>,
    );
    expect(await screen.findByText('Reception')).toBeTruthy();
  });

  it('says in words that an upgrade failed and nothing was changed, and shows no screen', async () => {
    const open = () => Promise.reject(new Error('UpgradeError: disk went away'));
    render(
      <DatabaseGate open={open}>
        <p>Reception</p>
      </DatabaseGate>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This PC’s records could not be opened');
    expect(alert.textContent).toContain('UpgradeError: disk went away. Nothing was changed: the records from before are still on this PC.');
    expect(screen.queryByText('Reception')).toBeNull();
  });
});
