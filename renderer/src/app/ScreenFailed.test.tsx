import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenFailed } from './ScreenFailed';

afterEach(() => vi.restoreAllMocks());

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module: app://reception/assets/ReportsScreen-1a2b.js');
}

describe('a screen that cannot be opened', () => {
  it('says so in words, with the reason and a way to reload, instead of a blank window', () => {
    // React reports the caught error on the console; the boundary's message is what the user sees.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <ScreenFailed route="reports">
        <Broken />
      </ScreenFailed>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This screen could not be opened (Failed to fetch dynamically imported module');
    expect(alert.textContent).toContain('Nothing was lost');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    // Another screen chosen from the navigation is tried afresh.
    rerender(
      <ScreenFailed route="reception">
        <p>Reception</p>
      </ScreenFailed>,
    );
    expect(screen.getByText('Reception')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the screen when nothing fails', () => {
    render(
      <ScreenFailed route="reception">
        <p>Reception</p>
      </ScreenFailed>,
    );
    expect(screen.getByText('Reception')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
