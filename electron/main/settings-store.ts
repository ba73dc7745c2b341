import Store from 'electron-store';
import { readStoredSettings } from '../../shared/settings/stored';
import type { Settings } from '../../shared/settings/schema';

/**
 * This PC's settings, in electron-store's JSON file under the user data
 * folder (settings.json). electron-store gives atomic writes; the zod schema
 * in shared/settings is the schema, and every read goes through it, so a
 * hand-edited or old file is migrated or repaired instead of trusted.
 */
export interface SettingsStore {
  read(): Settings;
  write(next: Settings): void;
  /** Fields that were invalid on disk and reset when the store was opened. */
  readonly repaired: readonly string[];
}

export function openSettingsStore(options: { newDeviceId: () => string; cwd?: string }): SettingsStore {
  const store = new Store<Record<string, unknown>>({
    name: 'settings',
    clearInvalidConfig: true,
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  const loaded = readStoredSettings(store.store, options.newDeviceId());
  let current = loaded.settings;
  if (loaded.changed) store.store = { ...current };
  return {
    repaired: loaded.repaired,
    read: () => current,
    write(next) {
      store.store = { ...next };
      current = next;
    },
  };
}
