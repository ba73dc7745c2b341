import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './now';

function Clock() {
  return <p data-testid="clock">{new Date(useNow(1000)).toISOString()}</p>;
}

afterEach(() => vi.useRealTimers());

describe('useNow, the page’s shared clock', () => {
  it('ticks for the screens open', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-25T09:30:00Z'));
    render(<Clock />);
    expect(screen.getByTestId('clock').textContent).toBe('2026-11-25T09:30:00.000Z');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(screen.getByTestId('clock').textContent).toBe('2026-11-25T09:30:03.000Z');
  });

  it('starts a screen opened later from the time then, not from when the last one closed', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-25T09:30:00Z'));
    const first = render(<Clock />);
    first.unmount();
    vi.setSystemTime(new Date('2026-11-25T11:45:00Z'));
    render(<Clock />);
    expect(screen.getByTestId('clock').textContent).toBe('2026-11-25T11:45:00.000Z');
  });
});
