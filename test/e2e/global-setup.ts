import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const VITE = 'node_modules/vite/bin/vite.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${ms} ms`);
}

/**
 * Builds the renderer for the browser, serves it with `vite preview` on
 * 127.0.0.1 in a process group of its own, and kills the whole group after.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  assertChromium();
  const build = spawnSync(process.execPath, [VITE, 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build of the renderer failed');

  const port = await freePort();
  const server = spawn(process.execPath, [VITE, 'preview', '--config', 'vite.web.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    detached: true,
    stdio: 'ignore',
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  try {
    await waitFor(baseUrl, server);
  } catch (err) {
    stop();
    throw err;
  }
  project.provide('baseUrl', baseUrl);
  return stop;
}
