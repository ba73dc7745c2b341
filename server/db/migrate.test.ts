import { describe, expect, it } from 'vitest';
import { openPglite } from './pglite';
import { MigrationMismatchError, migrate, readMigrations } from './migrate';

describe('migrations', () => {
  it('apply once, in order, and a second start applies nothing', async () => {
    const db = await openPglite();
    const files = readMigrations();
    expect(files.map((f) => f.version)).toEqual(files.map((_, i) => i + 1));
    expect((await migrate(db, files)).applied).toEqual(files.map((f) => f.name));
    expect((await migrate(db, files)).applied).toEqual([]);
    const tables = await db.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
    expect(tables.rows.map((r) => r.table_name)).toEqual([
      'call_claims',
      'devices',
      'events',
      'login_throttle',
      'officer_sessions',
      'officers',
      'schema_migrations',
      'sites',
      'ticket_sites',
    ]);
    await db.close();
  }, 30_000);

  it('refuse to start when an applied migration was edited or its file is gone', async () => {
    const db = await openPglite();
    const files = readMigrations();
    await migrate(db, files);
    const edited = files.map((f, i) => (i === 0 ? { ...f, checksum: 'different' } : f));
    await expect(migrate(db, edited)).rejects.toThrow(MigrationMismatchError);
    await expect(migrate(db, files.slice(1))).rejects.toThrow(/file is missing/);
    await db.close();
  }, 30_000);
});
