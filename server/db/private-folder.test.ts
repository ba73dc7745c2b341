import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from './migrate';
import { openPglite } from './pglite';

/**
 * The embedded database's files hold customer names. Whatever the umask, nobody but the endpoint's
 * own user may read or change them: the folder 0700, every folder in it 0700, every file 0600.
 */
const temp = mkdtempSync(path.join(tmpdir(), 'oss-private-'));
let umask = 0;
beforeAll(() => {
  umask = process.umask(0); // the worst case: a umask that hides nothing
});
afterAll(() => {
  process.umask(umask);
  rmSync(temp, { recursive: true, force: true });
});

/** Every path under dir (and dir) whose mode lets anyone but the owner in. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  const check = (p: string) => (statSync(p).mode & 0o077 ? found.push(`${path.relative(temp, p) || '.'} ${(statSync(p).mode & 0o777).toString(8)}`) : 0);
  check(dir);
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      check(full);
      if (e.isDirectory()) walk(full);
    }
  };
  walk(dir);
  return found;
}

describe('the embedded database’s folder', () => {
  it('is private after start, after a migration that makes new files, and after a restore', async () => {
    const dir = path.join(temp, 'data');
    const db = await openPglite(dir);
    expect(openToOthers(dir)).toEqual([]);

    const extra = {
      version: 999,
      name: '999_probe.sql',
      sql: "CREATE TABLE probe (id INT PRIMARY KEY, v TEXT);\nINSERT INTO probe VALUES (1, 'x');",
      checksum: 'probe',
    };
    await migrate(db, [...readMigrations(), extra]);
    expect(openToOthers(dir)).toEqual([]);
    const backup = await db.snapshot!();
    await db.close();
    expect(openToOthers(dir)).toEqual([]);

    const restoredDir = path.join(temp, 'restored');
    const restored = await openPglite(restoredDir, { restoreFrom: backup });
    await migrate(restored, [...readMigrations(), extra]);
    expect(openToOthers(restoredDir)).toEqual([]);
    await restored.close();
  }, 120_000);
});
