import { describe, expect, it } from 'vitest';
import { isStorageFull } from './storage-full';

describe('telling a full disk from other failures', () => {
  it.each([
    [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), true],
    [{ name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError' } }, true],
    [{ name: 'UnknownError', message: 'IO error: .../000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)' }, true],
    [new Error('ConstraintError: Key already exists'), false],
    [{ name: 'AbortError', message: 'aborted', inner: { name: 'ConstraintError' } }, false],
    ['QuotaExceededError', false],
    [null, false],
  ])('%o: %s', (error, full) => {
    expect(isStorageFull(error)).toBe(full);
  });
});
