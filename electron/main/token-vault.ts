import Store from 'electron-store';
import type { SafeStorage } from 'electron';

/**
 * The device token lives only as safeStorage ciphertext (DPAPI on Windows,
 * Keychain on macOS, the desktop keyring on Linux) in secrets.json. If the
 * OS cannot encrypt, we refuse to store it rather than keep it in clear.
 */
export interface TokenVault {
  set(token: string): void;
  get(): string | null;
  clear(): void;
  readonly encrypted: boolean;
}

export class TokenVaultError extends Error {
  override name = 'TokenVaultError';
}

export function canEncrypt(safeStorage: SafeStorage): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  // On Linux without a keyring Electron falls back to a hard-coded key: not a secret.
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return false;
  return true;
}

export function openTokenVault(safeStorage: SafeStorage, cwd?: string): TokenVault {
  const store = new Store<{ deviceToken?: string }>({ name: 'secrets', clearInvalidConfig: true, ...(cwd ? { cwd } : {}) });
  return {
    get encrypted() {
      return canEncrypt(safeStorage);
    },
    set(token) {
      if (!canEncrypt(safeStorage)) {
        throw new TokenVaultError('This PC cannot encrypt the device token (no system keyring), so it was not saved. Ask IT to enable the keyring.');
      }
      store.set('deviceToken', safeStorage.encryptString(token).toString('base64'));
    },
    get() {
      const cipher = store.get('deviceToken');
      if (typeof cipher !== 'string' || cipher === '') return null;
      try {
        return safeStorage.decryptString(Buffer.from(cipher, 'base64'));
      } catch {
        // Encrypted under another user or machine: unusable, so say "no token".
        return null;
      }
    },
    clear() {
      store.delete('deviceToken');
    },
  };
}
