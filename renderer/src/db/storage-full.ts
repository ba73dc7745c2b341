/**
 * A write the browser refused because this PC's storage for the app is full.
 * IndexedDB aborts the whole transaction, so nothing of the command was
 * written: no event, no projection row, no sequence number used. The staff
 * are told in words, and every window hears it (the status bar says so until
 * a write succeeds again).
 */
export const STORAGE_FULL_MESSAGE =
  'This PC’s storage is full: nothing was saved. What is already on screen is kept. Tell IT (the disk or the browser’s storage for this app needs space).';

export const STORAGE_FULL_EVENT = 'oss:storage-full';

/**
 * The browser's quota refused the write (QuotaExceededError), or the disk
 * itself is full (Chromium: an IO error naming FILE_ERROR_NO_SPACE).
 */
export function isStorageFull(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const named = e as { name?: unknown; message?: unknown; inner?: unknown };
  if (named.name === 'QuotaExceededError') return true;
  if (typeof named.message === 'string' && /NO_SPACE|No space left/i.test(named.message)) return true;
  // Dexie wraps the browser's error: the original is its `inner`.
  return named.inner !== undefined && named.inner !== e && isStorageFull(named.inner);
}

/** Tells this window's status bar whether the last write hit a full disk. */
export function reportStorage(full: boolean): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(STORAGE_FULL_EVENT, { detail: { full } }));
}
