import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './now';

/** Every time the clock drew, in order: a screen must never draw a stale time, even for one frame. */
const drawn: string[] = [];
function Clock() {
  const text = new Date(useNow(1000)).toISOString();
  drawn.push(text);
  return <p data-testid="clock">{text}</p>;
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
    drawn.length = 0;
    render(<Clock />);
    expect(screen.getByTestId('clock').textContent).toBe('2026-11-25T11:45:00.000Z');
    expect(new Set(drawn)).toEqual(new Set(['2026-11-25T11:45:00.000Z']));
  });
});
