import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SafeStorage } from 'electron';
import { openTokenVault } from './token-vault';
import { app, resetElectron, safeStorage } from '../../test/mocks/electron';

vi.mock('electron', () => import('../../test/mocks/electron'));

const TOKEN = 'dev_0123456789abcdefghijKLMNOP';
const vault = () => openTokenVault(safeStorage as unknown as SafeStorage);
const secretsFile = () => readFileSync(path.join(app.userData, 'secrets.json'), 'utf8');

beforeEach(() => resetElectron());

describe('the device token', () => {
  it('is stored only as safeStorage ciphertext and read back', () => {
    vault().set(TOKEN);
    expect(secretsFile()).not.toContain(TOKEN);
    expect(vault().get()).toBe(TOKEN);
  });

  it('is refused, not stored in clear, when the OS cannot encrypt', () => {
    safeStorage.available = false;
    expect(() => vault().set(TOKEN)).toThrow(/cannot encrypt/);
    expect(vault().get()).toBeNull();
  });

  it.runIf(process.platform === 'linux')('is refused when Linux falls back to its hard-coded key', () => {
    safeStorage.backend = 'basic_text';
    expect(() => vault().set(TOKEN)).toThrow(/cannot encrypt/);
  });

  it('can be cleared', () => {
    vault().set(TOKEN);
    vault().clear();
    expect(vault().get()).toBeNull();
  });
});
