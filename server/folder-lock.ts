import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The embedded database's folder belongs to one process at a time: PGlite
 * keeps the database inside that process, and a second process writing the
 * same files destroys them. Whoever opens the folder (the endpoint, or a CLI
 * command when no endpoint runs) holds `endpoint.lock`: created exclusively,
 * readable by its owner only. A running endpoint writes in it where its
 * admin route listens and the secret to use it, so CLI commands go through
 * the endpoint instead of touching the files. A lock left by a process that
 * died (kill -9, a power cut) is taken over.
 */
const LockSchema = z.object({ pid: z.number().int(), admin: z.object({ port: z.number().int(), secret: z.string() }).nullable() });
export type LockInfo = z.infer<typeof LockSchema>;

const lockPath = (dir: string) => path.join(dir, 'endpoint.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process nobody has reaped yet (a container without an init) still answers signal 0.
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return true;
  }
}

/** Who holds the folder now, if a live process does. */
export function folderHolder(dir: string): LockInfo | null {
  try {
    const info = LockSchema.parse(JSON.parse(readFileSync(lockPath(dir), 'utf8')));
    return alive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

export class FolderBusyError extends Error {
  override name = 'FolderBusyError';
}

export interface FolderLock {
  /** Says where this process's admin route is (the endpoint does this once it listens). */
  publishAdmin(port: number): string;
  release(): void;
}

export function lockFolder(dir: string): FolderLock {
  const file = lockPath(dir);
  const write = (info: LockInfo) => writeFileSync(file, JSON.stringify(info), { mode: 0o600 });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, admin: null } satisfies LockInfo));
      closeSync(fd);
      let released = false;
      return {
        publishAdmin(port) {
          const secret = randomBytes(32).toString('base64url');
          write({ pid: process.pid, admin: { port, secret } });
          return secret;
        },
        release() {
          if (released) return;
          released = true;
          rmSync(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = folderHolder(dir);
      if (holder) throw new FolderBusyError(`the data folder ${dir} is in use by process ${holder.pid}`);
      rmSync(file, { force: true }); // left by a process that died
    }
  }
  throw new FolderBusyError(`could not take the data folder ${dir}`);
}
