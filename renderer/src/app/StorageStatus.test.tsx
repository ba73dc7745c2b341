import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportStorage } from '../db/storage-full';
import { StorageStatus } from './StorageStatus';

function estimateOf(usage: number, quota: number) {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate: vi.fn(async () => ({ usage, quota })) } });
}
afterEach(() => {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: undefined });
});

describe('the header’s storage warning', () => {
  it('says nothing while there is room, warns when nearly full, and says full after a refused write until one succeeds', async () => {
    estimateOf(10, 100);
    render(<StorageStatus />);
    await act(async () => undefined);
    expect(screen.queryByTestId('storage-status')).toBeNull();

    estimateOf(95, 100);
    await act(async () => reportStorage(false));
    expect((await screen.findByTestId('storage-status')).textContent).toBe('⚠ Storage nearly full on this PC. Tell IT.');

    await act(async () => reportStorage(true));
    expect(screen.getByTestId('storage-status').textContent).toBe('⚠ Storage full: new tickets and outcomes cannot be saved on this PC. Tell IT.');

    estimateOf(10, 100);
    await act(async () => reportStorage(false));
    expect(screen.queryByTestId('storage-status')).toBeNull();
  });
});
