import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DAY, at, must } from '../shared/testing/scenario';
import { runAdmin } from './admin/admin';
import { migrate } from './db/migrate';
import { openPglite } from './db/pglite';
import { openPostgres } from './db/pg';
import { pushBatch } from './devices/ingest';
import { freshPostgres } from '../test/support/server-backends';
import { ROOT, TSX } from '../test/support/endpoint-process';
import { own, siteWithPcs } from '../test/support/server-world';

/** The backup and restore steps of server/README.md, run once each, on both databases. */
const run = promisify(execFile);
const ADMIN_URL = process.env['TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'oss-backup-'));
  temp.push(d);
  return d;
};

describe('backup and restore', () => {
  it('embedded: backs up while it serves, and restores into an empty folder with every event', async () => {
    const [source, target] = [tempDir(), path.join(tempDir(), 'restored')];
    const db = await openPglite(path.join(source, 'data'));
    await migrate(db);
    const [pc] = await siteWithPcs(db, 'backed', 1);
    for (let m = 0; m < 5; m++) must(pc!.sim.issue(at(m), DAY, 'council-tax'));
    expect(await pushBatch(db, { id: pc!.id, siteId: 'backed', name: 'PC', headSeq: 0, revoked: false }, own(pc!.sim))).toMatchObject({
      ok: true,
      value: { ackSeq: 5 },
    });
    const file = path.join(source, 'backup.tar.gz');
    let said = '';
    await runAdmin(db, 'backup', [file], (t) => (said += t));
    expect(said).toContain(`Backed up to ${file}`);
    await expect(runAdmin(db, 'backup', [file], () => undefined)).rejects.toThrow(/EEXIST/);
    await db.close();

    const restored = await run(process.execPath, [TSX, 'server/cli.ts', 'restore', file], {
      cwd: ROOT,
      env: { ...process.env, OSS_DATA_DIR: target, DATABASE_URL: '' },
    });
    expect(restored.stdout).toContain('5 events');
    const again = await openPglite(target);
    expect((await again.query<{ id: string }>('SELECT id FROM events ORDER BY device_seq')).rows.map((r) => r.id)).toEqual(own(pc!.sim).map((e) => e.id));
    await again.close();
    // Never over a database that is there already.
    await expect(
      run(process.execPath, [TSX, 'server/cli.ts', 'restore', file], { cwd: ROOT, env: { ...process.env, OSS_DATA_DIR: target, DATABASE_URL: '' } }),
    ).rejects.toThrow(/not empty/);
  }, 120_000);

  it.runIf(existsSync('/usr/bin/pg_dump'))(
    'PostgreSQL: pg_dump and pg_restore carry every event across',
    async () => {
      const t = await freshPostgres();
      const [pc] = await siteWithPcs(t.db, 'backed-pg', 1);
      for (let m = 0; m < 5; m++) must(pc!.sim.issue(at(m), DAY, 'council-tax'));
      await pushBatch(t.db, { id: pc!.id, siteId: 'backed-pg', name: 'PC', headSeq: 0, revoked: false }, own(pc!.sim));
      const file = path.join(tempDir(), 'oss.dump');
      await run('pg_dump', ['--format=custom', `--file=${file}`, t.url!]);
      const name = `${new URL(t.url!).pathname.slice(1)}_restored`;
      const admin = new pg.Client({ connectionString: ADMIN_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const restoredUrl = t.url!.replace(/\/[^/]*$/, `/${name}`);
      try {
        await run('pg_restore', ['--no-owner', `--dbname=${restoredUrl}`, file]);
        const copy = await openPostgres(restoredUrl);
        await migrate(copy); // the restored schema is the current one: nothing to apply, nothing refused
        expect((await copy.query<{ id: string }>('SELECT id FROM events ORDER BY device_seq')).rows.map((r) => r.id)).toEqual(own(pc!.sim).map((e) => e.id));
        await copy.close();
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
        await t.drop();
      }
    },
    60_000,
  );
});
