import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY, at, must } from '../../shared/testing/scenario';
import { pushBatch } from '../devices/ingest';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { own, siteWithPcs } from '../../test/support/server-world';

/**
 * The embedded store on disk: an acknowledged push has been fsynced before
 * the acknowledgement, so a power cut right after it loses nothing.
 */
describe('the embedded database in a folder', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('syncs each acknowledged push to disk before answering, and reopens with it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oss-pglite-'));
    dirs.push(dir);
    const db = await openPglite(dir);
    await migrate(db);
    const [pc] = await siteWithPcs(db, 'durable', 1);
    const real = fs.fsyncSync;
    let syncs = 0;
    fs.fsyncSync = (fd) => {
      syncs++;
      real(fd);
    };
    try {
      for (let push = 1; push <= 3; push++) {
        must(pc!.sim.issue(at(push), DAY, 'council-tax'));
        const before = syncs;
        expect(await pushBatch(db, { id: pc!.id, siteId: 'durable', name: 'PC', headSeq: 0, revoked: false }, own(pc!.sim))).toMatchObject({
          ok: true,
          value: { ackSeq: push },
        });
        expect(syncs - before).toBeGreaterThanOrEqual(1);
      }
    } finally {
      fs.fsyncSync = real;
    }
    await db.close();
    const again = await openPglite(dir);
    expect((await again.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0]!.n).toBe(3);
    await again.close();
  }, 60_000);
});
