import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../test/support/endpoint-process';
import { FolderBusyError, folderHolder, identityOf, lockFolder } from './folder-lock';

/**
 * The data folder's lock must outlive neither its holder nor a reboot, and must never be taken
 * from a live holder. After an OOM kill or a power cut the process id in the lock may belong to
 * another process (in a container the endpoint is always process 1): that must not keep the
 * endpoint from starting.
 */
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const folder = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'oss-lock-'));
  dirs.push(d);
  return d;
};
const lockFile = (dir: string) => path.join(dir, 'endpoint.lock');

/** A live process unrelated to the folder: its id is "in use again". */
function unrelatedProcess(): ChildProcess {
  const c = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(c);
  return c;
}

/** A process that takes the folder's lock, once it says it holds it. */
async function holder(dir: string): Promise<ChildProcess> {
  // tsx as a loader in this very process (its CLI would run the script in a child): the pid is the holder's.
  const c = spawn(process.execPath, ['--import', 'tsx', 'test/support/hold-folder.ts', dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(c);
  await new Promise<void>((resolve, reject) => {
    c.stdout!.on('data', (b: Buffer) => b.toString().includes('held') && resolve());
    c.once('exit', (code) => reject(new Error(`the holder exited (${code})`)));
  });
  return c;
}

describe('the embedded data folder’s lock', () => {
  it.each([
    ['process 1 (the endpoint’s own id in a container, after docker kill)', () => 1],
    ['any live process', () => unrelatedProcess().pid!],
  ])('takes over a lock naming %s, as an older version or a dead holder left it', (_what, pid) => {
    const dir = folder();
    writeFileSync(lockFile(dir), JSON.stringify({ pid: pid(), admin: null }));
    const lock = lockFolder(dir);
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('takes over a lock whose process id is in use again by a process that started at another time, or in another boot', () => {
    const other = unrelatedProcess().pid!;
    const real = identityOf(other)!;
    for (const stale of [
      { pid: other, startTicks: String(Number(real.startTicks) + 1), bootId: real.bootId, admin: null },
      { pid: other, startTicks: real.startTicks, bootId: '00000000-0000-0000-0000-000000000000', admin: null },
    ]) {
      const dir = folder();
      writeFileSync(lockFile(dir), JSON.stringify(stale));
      expect(folderHolder(dir)).toBeNull();
      lockFolder(dir).release();
    }
  });

  it('takes over the lock of a holder killed with kill -9', async () => {
    const dir = folder();
    const h = await holder(dir);
    const exited = new Promise((r) => h.once('exit', r));
    h.kill('SIGKILL');
    await exited;
    lockFolder(dir).release();
  });

  it('still refuses while the holder lives, naming it, and leaves its lock as it was', async () => {
    const dir = folder();
    const h = await holder(dir);
    const before = readFileSync(lockFile(dir), 'utf8');
    expect(folderHolder(dir)?.pid).toBe(h.pid);
    expect(() => lockFolder(dir)).toThrow(FolderBusyError);
    expect(() => lockFolder(dir)).toThrow(`in use by process ${h.pid}`);
    expect(readFileSync(lockFile(dir), 'utf8')).toBe(before);
  });
});
