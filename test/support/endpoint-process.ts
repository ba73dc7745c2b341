import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

/**
 * The endpoint as IT runs it (`npm run server`), in a process of its own
 * that a test can kill -9. tsx runs the server in a child process, so the
 * endpoint gets its own process group and kills go to the whole group.
 */
export const ROOT = path.join(import.meta.dirname, '../..');
export const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startEndpoint(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, [TSX, 'server/cli.ts', 'serve', '--port', String(port)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const onData = (b: Buffer) => {
      out += b.toString();
      if (out.includes('endpoint on http://')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the endpoint exited (${code}): ${out.slice(-2000)}`)));
  });
  return child;
}

export function killGroup(c: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-c.pid!, signal);
  } catch {
    // already gone
  }
}

/** Whether any process of the child's group (tsx and the endpoint it runs) is still there. */
export function groupAlive(c: ChildProcess): boolean {
  try {
    process.kill(-c.pid!, 0);
    return true;
  } catch {
    return false;
  }
}

export async function killAndWait(c: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (c.exitCode !== null || c.signalCode !== null) return;
  const exited = new Promise((r) => c.once('exit', r));
  killGroup(c, signal);
  await exited;
}
