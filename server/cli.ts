/**
 * `npm run server -- <command>`: the endpoint and its administration.
 *
 *   serve [--port 8787] [--host 127.0.0.1]   run the endpoint (the default)
 *   create-site <site-code> <name…>          add a site
 *   enrol <site-code> <pc name…> [--device <id>]  enrol a PC (its id from Settings); prints its token ONCE
 *   devices [site-code]                      list enrolled PCs
 *   revoke <device-id>                       stop a PC from syncing (its open streams end at once)
 *   report --from YYYY-MM-DD --to YYYY-MM-DD [--sites a,b] [--by service] [--csv | --return ni14|service-level]
 *   backup <file.tar.gz>                     copy the embedded database while it serves (PostgreSQL: pg_dump)
 *   restore <file.tar.gz>                    into an empty data folder, with no endpoint running
 *   openapi                                  print the OpenAPI document
 *
 * The administration commands work while the endpoint runs: on the embedded
 * database they are handed to the running endpoint (admin-route.ts), never
 * run on its files from a second process.
 */
import { buildApp } from './http/app';
import { flag, isAdminCommand, runAdmin } from './admin/admin';
import type { AdminCommand } from './admin/admin';
import { ADMIN_SECRET_HEADER, AdminAnswer, startAdminRoute } from './admin/admin-route';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { migrate } from './db/migrate';
import { openPglite } from './db/pglite';
import { folderHolder, lockFolder } from './admin/folder-lock';
import { openApiDocument } from './http/openapi';
import { dataDirOf, openDatabase } from './db/open';
import { endpointConfig } from './config';
import { startRetentionJob } from './db/retention';

async function viaRunningEndpoint(command: AdminCommand, args: string[]): Promise<boolean> {
  if (process.env['DATABASE_URL']) return false;
  const holder = folderHolder(dataDirOf());
  if (!holder) return false;
  if (!holder.admin) throw new Error(`The endpoint (process ${holder.pid}) is starting or busy with this folder; try again in a moment.`);
  const res = await fetch(`http://127.0.0.1:${holder.admin.port}/admin/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [ADMIN_SECRET_HEADER]: holder.admin.secret },
    // The endpoint's working folder may not be ours: a file to write is named in full.
    body: JSON.stringify({ command, args: command === 'backup' ? args.map((a) => path.resolve(a)) : args }),
  });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) throw new Error((body as { reason?: string } | null)?.reason ?? `the running endpoint refused (${res.status})`);
  process.stdout.write(AdminAnswer.parse(body).output);
  return true;
}

async function serve(args: string[]): Promise<number> {
  const portFlag = flag(args, 'port');
  const hostFlag = flag(args, 'host');
  const { port, host, retentionDays, trustProxy } = endpointConfig(process.env, {
    ...(portFlag ? { port: portFlag } : {}),
    ...(hostFlag ? { host: hostFlag } : {}),
  });
  const { db, folder } = await openDatabase();
  let secret: string | null = null;
  const admin = folder ? await startAdminRoute(db, () => secret) : null;
  if (folder && admin) secret = folder.lock.publishAdmin(admin.port);
  const app = await buildApp({ db, logger: true, trustProxy });
  const retention = startRetentionJob(db, { retentionDays, log: (line) => app.log.info(line) });
  try {
    await app.listen({ port, host });
    console.info(`endpoint on http://${host}:${port} (${db.kind}); API description at /v1/openapi.json`);
    await new Promise<void>((resolve) => {
      for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => resolve());
    });
  } finally {
    retention.stop();
    await retention.ran();
    await app.close();
    await admin?.app.close();
    await db.close();
    folder?.lock.release();
  }
  return 0;
}

/** Restores a backup into an empty data folder; refuses a folder in use or one that holds a database already. */
async function restore(file: string | undefined): Promise<number> {
  if (!file) throw new Error('restore needs the backup file, e.g. restore /var/backups/oss-2026-11-25.tar.gz');
  if (process.env['DATABASE_URL']) throw new Error('On PostgreSQL, restore with pg_restore (see server/README.md).');
  const dir = dataDirOf();
  mkdirSync(dir, { recursive: true });
  const lock = lockFolder(dir);
  try {
    if (readdirSync(dir).some((f) => f !== 'endpoint.lock'))
      throw new Error(`${dir} is not empty: restore into an empty folder (OSS_DATA_DIR), then point the endpoint at it.`);
    const db = await openPglite(dir, { restoreFrom: readFileSync(file) });
    await migrate(db);
    const events = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0]!.n;
    await db.close();
    console.info(`Restored ${file} into ${dir}: ${events.toLocaleString('en-GB')} events.`);
    return 0;
  } finally {
    lock.release();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...args] = argv;
  if (command === 'openapi') {
    process.stdout.write(`${JSON.stringify(openApiDocument(), null, 2)}\n`);
    return 0;
  }
  if (command === 'serve') return serve(args);
  if (command === 'restore') return restore(args[0]);
  if (!isAdminCommand(command)) {
    console.error(`Unknown command ${command}. See the top of server/cli.ts.`);
    return 2;
  }
  if (await viaRunningEndpoint(command, args)) return 0;
  const { db, folder } = await openDatabase();
  try {
    await runAdmin(db, command, args, (text) => process.stdout.write(text));
    return 0;
  } finally {
    await db.close();
    folder?.lock.release();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
