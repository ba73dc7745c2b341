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
 * the endpoint instead of touching the files.
 *
 * A lock left by a process that died (kill -9, an OOM kill, a power cut) is
 * taken over. A process id alone cannot tell: ids are reused, and in a
 * container the endpoint is process 1 after every restart. So the lock names
 * its holder by process id, the time that process started (in clock ticks
 * since boot, from /proc) and the machine's boot id: a holder is alive only
 * if a process with that id is running now, started at that moment, in this
 * boot. Where /proc is not there (not Linux), only the process id is checked.
 */
const HolderSchema = z.object({
  pid: z.number().int(),
  /** The holder's start time, clock ticks after boot (/proc/<pid>/stat field 22); absent off Linux. */
  startTicks: z.string().regex(/^\d+$/).optional(),
  /** /proc/sys/kernel/random/boot_id when the lock was taken; absent off Linux. */
  bootId: z.string().max(64).optional(),
  admin: z.object({ port: z.number().int(), secret: z.string() }).nullable(),
});
export type LockInfo = z.infer<typeof HolderSchema>;

const lockPath = (dir: string) => path.join(dir, 'endpoint.lock');

/** The Linux facts that identify a process beyond its id, or null where /proc does not exist. */
interface ProcessIdentity {
  startTicks: string;
  bootId: string;
}

/** Field 22 of /proc/<pid>/stat (after the command name, which may hold spaces and brackets), and whether it is a zombie. */
function procStat(pid: number): { startTicks: string; zombie: boolean } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    // fields[0] is field 3 (state); field 22 is fields[19].
    return { startTicks: fields[19] ?? '', zombie: fields[0] === 'Z' };
  } catch {
    return null;
  }
}

function bootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

export function identityOf(pid: number): ProcessIdentity | null {
  const stat = procStat(pid);
  const boot = bootId();
  return stat && boot ? { startTicks: stat.startTicks, bootId: boot } : null;
}

function pidRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process the lock names is the one running now under that id. */
export function holderAlive(info: LockInfo): boolean {
  if (!pidRunning(info.pid)) return false;
  const boot = bootId();
  if (boot === null) return true; // no /proc: the process id is all there is to go on
  // A lock without the holder's start time was written by an older version, or by hand: it proves nothing.
  if (info.bootId !== boot || info.startTicks === undefined) return false;
  const stat = procStat(info.pid);
  // A killed process nobody has reaped yet (a container without an init) still answers signal 0.
  return stat !== null && !stat.zombie && stat.startTicks === info.startTicks;
}

/** Who holds the folder now, if a live process does. */
export function folderHolder(dir: string): LockInfo | null {
  try {
    const info = HolderSchema.parse(JSON.parse(readFileSync(lockPath(dir), 'utf8')));
    return holderAlive(info) ? info : null;
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
  const me = { pid: process.pid, ...(identityOf(process.pid) ?? {}) };
  const write = (info: LockInfo) => writeFileSync(file, JSON.stringify(info), { mode: 0o600 });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ ...me, admin: null } satisfies LockInfo));
      closeSync(fd);
      let released = false;
      return {
        publishAdmin(port) {
          const secret = randomBytes(32).toString('base64url');
          write({ ...me, admin: { port, secret } });
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
      const stale = readLock(file);
      const holder = folderHolder(dir);
      if (holder) throw new FolderBusyError(`the data folder ${dir} is in use by process ${holder.pid}`);
      // Left by a process that died. Removed only if it is still the lock read above: another
      // process taking over at the same moment may have written its own in between.
      if (readLock(file) === stale) rmSync(file, { force: true });
    }
  }
  throw new FolderBusyError(`could not take the data folder ${dir}`);
}

function readLock(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
