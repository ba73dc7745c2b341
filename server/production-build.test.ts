import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, freePort, killAndWait } from '../test/support/endpoint-process';

/**
 * The endpoint as IT deploys it: `npm run build:server`, then `node
 * dist-server/server/cli.js serve`, with no TypeScript at run time. Started,
 * administered while it serves, then stopped with SIGTERM (as systemd and
 * Docker stop it): open streams end so PCs reconnect elsewhere, and it exits 0.
 */
const run = promisify(execFile);
const CLI = path.join(ROOT, 'dist-server/server/cli.js');
const dataDir = mkdtempSync(path.join(tmpdir(), 'oss-prod-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the production build of the endpoint', () => {
  it('builds to plain JavaScript with its migrations, and nothing of tsx, TypeScript or source maps', async () => {
    await run(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT });
    const bundle = readFileSync(CLI, 'utf8');
    expect(bundle).not.toMatch(/from ["']tsx|require\(["']tsx/);
    expect(readdirSync(path.join(ROOT, 'dist-server/migrations'))).toEqual(readdirSync(path.join(ROOT, 'server/migrations')).filter((f) => f.endsWith('.sql')));
    expect(readdirSync(path.join(ROOT, 'dist-server/server')).filter((f) => f.endsWith('.map') || f.endsWith('.ts'))).toEqual([]);
  }, 60_000);

  it('serves with node, takes administration while serving, logs requests with ids and no token, and stops cleanly on SIGTERM', async () => {
    expect(existsSync(CLI)).toBe(true);
    const port = await freePort();
    const env = { ...process.env, OSS_DATA_DIR: dataDir, DATABASE_URL: '', PORT: String(port) };
    const child = spawn(process.execPath, [CLI, 'serve'], { cwd: tmpdir(), env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const until = Date.now() + 30_000;
      while (!out.includes('endpoint on http://')) {
        if (Date.now() > until || child.exitCode !== null) throw new Error(`did not start: ${out.slice(-1500)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/v1/health`)).status).toBe(200);

      await run(process.execPath, [CLI, 'create-site', 'leyland', 'Leyland Civic Centre'], { cwd: tmpdir(), env });
      const enrolled = await run(process.execPath, [CLI, 'enrol', 'leyland', 'Front desk'], { cwd: tmpdir(), env });
      const token = enrolled.stdout.trim().split('\n').at(-1)!;
      expect(token).toMatch(/^oss_/);

      // A PC's live stream is open when the stop comes.
      const stream = await fetch(`${base}/v1/stream?after=0`, { headers: { authorization: `Bearer ${token}` } });
      expect(stream.status).toBe(200);
      const reader = stream.body!.getReader();
      await reader.read();

      process.kill(-child.pid!, 'SIGTERM');
      const ended = (async () => {
        for (;;) if ((await reader.read()).done) return true;
      })();
      await expect(Promise.race([ended, new Promise((r) => setTimeout(() => r('stream still open'), 10_000))])).resolves.toBe(true);
      await expect(Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 10_000))])).resolves.toBe(0);

      // Structured request logs: one JSON line per request, with its id, and never the token.
      const lines = out.split('\n').filter((l) => l.startsWith('{'));
      const requests = lines.map((l) => JSON.parse(l) as { reqId?: string; req?: { url?: string } }).filter((l) => l.req?.url === '/v1/health');
      expect(requests[0]?.reqId).toMatch(/\S/);
      expect(out).not.toContain(token.split('_').at(-1)!);
    } finally {
      await killAndWait(child);
    }
  }, 90_000);

  it('deploy/ starts the file the build writes, with only the settings the endpoint reads', () => {
    const unit = readFileSync(path.join(ROOT, 'deploy/oss-endpoint.service'), 'utf8');
    const docker = readFileSync(path.join(ROOT, 'deploy/Dockerfile'), 'utf8');
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node \/opt\/oss-endpoint\/dist-server\/server\/cli\.js serve$/m);
    expect(docker).toContain('CMD ["node", "dist-server/server/cli.js", "serve"]');
    expect(docker).toContain('RUN npm run build:server');
    const known = ['NODE_ENV', 'PORT', 'HOST', 'DATABASE_URL', 'OSS_DATA_DIR', 'RETENTION_DAYS', 'TRUST_PROXY'];
    const named = [...`${unit}\n${docker}`.matchAll(/(?:Environment=|ENV |^\s+)([A-Z_]+)=/gm)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(4);
    expect(named.filter((n) => !known.includes(n))).toEqual([]);
  });
});
