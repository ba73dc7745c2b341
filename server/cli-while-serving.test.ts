import { execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { folderHolder } from './admin/folder-lock';
import { ROOT, TSX, freePort, groupAlive, killGroup, startEndpoint } from '../test/support/endpoint-process';

/**
 * IT enrols and revokes PCs while the endpoint serves them, on the embedded
 * database: the commands go through the running endpoint, never a second
 * process on its files; the folder survives kill -9 and opens again.
 */
const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'oss-cli-'));
const env = { ...process.env, OSS_DATA_DIR: dir, DATABASE_URL: '' };
const cli = (...args: string[]) => run(process.execPath, [TSX, 'server/cli.ts', ...args], { cwd: ROOT, env });

const children: ChildProcess[] = [];
const serve = (port: number) => startEndpoint(port, env);
afterAll(() => {
  for (const c of children) killGroup(c, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('administration while the endpoint runs on its embedded database', () => {
  it('enrols and revokes through the running endpoint, survives kill -9, and keeps one process on the folder', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    let server = await serve(port);
    children.push(server);

    expect((await cli('create-site', 'town-hall', 'Town Hall')).stdout).toContain('Site town-hall created.');
    const enrolled = (await cli('enrol', 'town-hall', 'Front desk')).stdout;
    const token = enrolled.trim().split('\n').at(-1)!;
    const deviceId = /Device (\S+) enrolled/.exec(enrolled)![1]!;
    const me = await fetch(`${base}/v1/device`, { headers: { authorization: `Bearer ${token}` } });
    expect([me.status, ((await me.json()) as { siteName: string }).siteName]).toEqual([200, 'Town Hall']);

    expect((await cli('revoke', deviceId)).stdout).toContain('Revoked.');
    expect((await fetch(`${base}/v1/device`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);

    // A second endpoint on the same folder is refused, and the first goes on serving.
    await expect(cli('serve', '--port', String(await freePort()))).rejects.toThrow(/in use by process/);
    expect((await fetch(`${base}/v1/health`)).status).toBe(200);

    // Killed mid-life: the folder opens again, with everything done through the CLI.
    killGroup(server, 'SIGKILL');
    await new Promise((r) => server.once('exit', r));
    server = await serve(port);
    children.push(server);
    expect((await cli('devices')).stdout).toMatch(new RegExp(`${deviceId}\\s+town-hall\\s+REVOKED`));

    // Stopped cleanly: once every process of it is gone, nobody holds the folder, and the CLI opens it itself.
    killGroup(server, 'SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await vi.waitFor(() => expect(groupAlive(server)).toBe(false), { timeout: 30_000, interval: 50 });
    expect(folderHolder(dir)).toBeNull();
    expect((await cli('devices')).stdout).toContain('REVOKED');
  }, 120_000);
});
