/**
 * `npm run server -- <command>`: the endpoint and its administration.
 *
 *   serve [--port 8787] [--host 127.0.0.1]   run the endpoint (the default)
 *   create-site <site-code> <name…>          add a site
 *   enrol <site-code> <pc name…> [--device <id>]  enrol a PC (its id from Settings); prints its token ONCE
 *   devices [site-code]                      list enrolled PCs
 *   revoke <device-id>                       stop a PC from syncing
 *   report --from YYYY-MM-DD --to YYYY-MM-DD [--sites a,b] [--by service] [--csv | --return ni14|service-level]
 *   openapi                                  print the OpenAPI document
 */
import { buildApp } from './app';
import { createSite, enrolDevice, listDevices, revokeDevice } from './devices';
import { openApiDocument } from './openapi';
import { openDatabase } from './open';
import { ticketsFor } from './read';
import { buildReport, reportCsv, returnCsv } from './reports';
import type { SliceBy } from '../shared/figures/figures';

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...args] = argv;
  if (command === 'openapi') {
    process.stdout.write(`${JSON.stringify(openApiDocument(), null, 2)}\n`);
    return 0;
  }
  const db = await openDatabase();
  try {
    switch (command) {
      case 'serve': {
        const app = await buildApp({ db, logger: true });
        const port = Number(flag(args, 'port') ?? process.env['PORT'] ?? 8787);
        const host = flag(args, 'host') ?? process.env['HOST'] ?? '127.0.0.1';
        await app.listen({ port, host });
        console.info(`endpoint on http://${host}:${port} (${db.kind}); API description at /v1/openapi.json`);
        await new Promise<void>((resolve) => {
          for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => resolve());
        });
        await app.close();
        return 0;
      }
      case 'create-site':
        await createSite(db, args[0] ?? '', args.slice(1).join(' '));
        console.info(`Site ${args[0]} created.`);
        return 0;
      case 'enrol': {
        const device = flag(args, 'device');
        const words = args.slice(1).filter((a, i, all) => a !== '--device' && all[i - 1] !== '--device');
        const { deviceId, token } = await enrolDevice(db, args[0] ?? '', words.join(' '), device);
        console.info(`Device ${deviceId} enrolled at ${args[0]}.`);
        console.info(`Its token (shown once; enter it in the PC's Settings):\n${token}`);
        return 0;
      }
      case 'devices':
        for (const d of await listDevices(db, args[0]))
          console.info(`${d.id}  ${d.siteId}  ${d.revoked ? 'REVOKED' : 'active '}  held to seq ${d.headSeq}  ${d.name}`);
        return 0;
      case 'revoke':
        console.info((await revokeDevice(db, args[0] ?? '')) ? 'Revoked.' : 'No such active device.');
        return 0;
      case 'report': {
        const from = flag(args, 'from');
        const to = flag(args, 'to');
        if (!from || !to) throw new Error('report needs --from and --to (YYYY-MM-DD)');
        const sites = flag(args, 'sites')?.split(',') ?? (await db.query<{ id: string }>('SELECT id FROM sites')).rows.map((r) => r.id);
        const tickets = await ticketsFor(db, sites, from, to);
        const opts = { from, to, by: (flag(args, 'by') as SliceBy | undefined) ?? null, asOf: Date.now(), targetPercent: Number(flag(args, 'target') ?? 80) };
        const kind = flag(args, 'return');
        if (kind !== undefined && kind !== 'ni14' && kind !== 'service-level') throw new Error('--return is ni14 or service-level');
        if (kind) process.stdout.write(returnCsv(kind === 'ni14' ? 'ni14-return' : 'service-level-return', tickets, opts));
        else process.stdout.write(args.includes('--csv') ? reportCsv(buildReport(tickets, opts)) : `${JSON.stringify(buildReport(tickets, opts), null, 2)}\n`);
        return 0;
      }
      default:
        console.error(`Unknown command ${command}. See the top of server/cli.ts.`);
        return 2;
    }
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
