import { describe, expect, it } from 'vitest';
import { UUID_V7, uuidv7 } from './uuidv7';

describe('uuidv7', () => {
  it('is a valid version-7 UUID carrying the time', () => {
    const id = uuidv7(Date.UTC(2026, 10, 23, 9, 0), new Uint8Array(10).fill(0xff));
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 10, 23, 9, 0));
  });
  it('sorts by time', () => {
    const r = new Uint8Array(10).fill(7);
    expect(uuidv7(1000, r) < uuidv7(1001, r)).toBe(true);
  });
  it('refuses too little randomness', () => {
    expect(() => uuidv7(0, new Uint8Array(4))).toThrow(/10 random bytes/);
  });
});
