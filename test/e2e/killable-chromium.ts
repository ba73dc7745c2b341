import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

/**
 * Chromium on a profile folder, in a process group of its own, driven over
 * the DevTools protocol: so a test can kill the whole browser with SIGKILL,
 * as a power cut or a crash would, and open the same profile again.
 */
export interface KillableChromium {
  browser: Browser;
  /** SIGKILL to every process of this Chromium: nothing gets to flush. */
  kill: () => Promise<void>;
  /** The same SIGKILL, sent this instant without waiting for anything (from inside a callback of the page). */
  killNow: () => void;
  /** A normal quit, as when the user closes the browser. */
  close: () => Promise<void>;
}

export async function startChromium(profileDir: string): Promise<KillableChromium> {
  const child: ChildProcess = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wsUrl = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen.slice(-500)}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen.slice(-500)}`)));
  });
  child.stderr!.resume();
  const browser = await chromium.connectOverCDP(wsUrl);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killNow = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  return {
    browser,
    killNow,
    kill: async () => {
      killNow();
      await exited;
      await browser.close().catch(() => undefined);
    },
    close: async () => {
      const cdp = await browser.newBrowserCDPSession();
      await cdp.send('Browser.close').catch(() => undefined);
      await exited;
    },
  };
}
