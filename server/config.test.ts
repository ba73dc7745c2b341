import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, TSX } from '../test/support/endpoint-process';
import { endpointConfig } from './config';

describe('the endpoint’s configuration from its environment', () => {
  it('has working defaults for one machine: port 8787 on loopback, the embedded database, names kept 30 days', () => {
    expect(endpointConfig({})).toEqual({ port: 8787, host: '127.0.0.1', databaseUrl: null, retentionDays: 30, trustProxy: ['loopback'] });
    expect(
      endpointConfig({
        PORT: '9000',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://oss@db:5432/reception',
        RETENTION_DAYS: '0',
        TRUST_PROXY: '10.0.0.5, 10.1.0.0/16',
      }),
    ).toEqual({
      port: 9000,
      host: '0.0.0.0',
      databaseUrl: 'postgres://oss@db:5432/reception',
      retentionDays: 0,
      trustProxy: ['10.0.0.5', '10.1.0.0/16'],
    });
    // A flag on the command line wins over the environment.
    expect(endpointConfig({ PORT: '9000' }, { port: '9100', host: '::1' })).toMatchObject({ port: 9100, host: '::1' });
  });

  it('refuses each bad value with a sentence that names the variable, what it holds and what it must be', () => {
    const refusal = (env: NodeJS.ProcessEnv) => {
      try {
        endpointConfig(env);
        return null;
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(refusal({ PORT: 'eighty' })).toBe('The endpoint cannot start: PORT must be a whole number from 1 to 65535; it is "eighty".');
    expect(refusal({ PORT: '70000' })).toMatch(/PORT must be a whole number from 1 to 65535; it is "70000"/);
    expect(refusal({ RETENTION_DAYS: '-1' })).toMatch(/RETENTION_DAYS must be a whole number from 0 to 3650; it is "-1"/);
    expect(refusal({ RETENTION_DAYS: '2.5' })).toMatch(/RETENTION_DAYS/);
    expect(refusal({ HOST: 'my host; rm' })).toMatch(/^The endpoint cannot start: HOST must be an address/);
    expect(refusal({ DATABASE_URL: 'mysql://x' })).toMatch(/DATABASE_URL must be a PostgreSQL address/);
    expect(refusal({ TRUST_PROXY: '10.0.0.5, proxy.example' })).toMatch(/TRUST_PROXY must be addresses or ranges .*; it holds "proxy.example"/);
    // Every bad value at once, not one per try.
    expect(refusal({ PORT: 'x', RETENTION_DAYS: 'y' })).toMatch(/PORT .*; RETENTION_DAYS /);
  });

  it('a real start with a bad value stops at once with that sentence, and opens nothing', async () => {
    const run = promisify(execFile);
    const failed = await run(process.execPath, [TSX, 'server/cli.ts', 'serve'], { cwd: ROOT, env: { ...process.env, PORT: 'eighty', DATABASE_URL: '' } }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr.trim()).toBe('The endpoint cannot start: PORT must be a whole number from 1 to 65535; it is "eighty".');
  }, 60_000);
});
