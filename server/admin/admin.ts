import { readFileSync, writeFileSync } from 'node:fs';
import { ReportQuery } from '../../shared/sync/wire';
import type { Database } from '../db/adapter';
import { createSite, enrolDevice, listDevices, revokeDevice } from '../devices/devices';
import { addOfficer, removeOfficer } from '../officers/officers';
import { loadReport, reportCsvOf, reportOf, returnCsvOf } from '../reports/reports';
import { configureSite, currentSiteOf } from '../reports/site-config';

/**
 * The administration commands of `npm run server -- <command>`: the same
 * code whether the CLI opened the database itself or hands the command to
 * the running endpoint (admin-route.ts), so both say and do the same.
 */
export const ADMIN_COMMANDS = ['create-site', 'enrol', 'devices', 'revoke', 'report', 'backup', 'officer-add', 'officer-remove', 'site-config'] as const;
export type AdminCommand = (typeof ADMIN_COMMANDS)[number];
export const isAdminCommand = (c: string): c is AdminCommand => (ADMIN_COMMANDS as readonly string[]).includes(c);

export function flag(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Runs one command; what it prints goes to `out`. Throws with a sentence for the operator on bad input. */
export async function runAdmin(db: Database, command: AdminCommand, args: readonly string[], out: (text: string) => void, now = Date.now()): Promise<void> {
  switch (command) {
    case 'create-site':
      await createSite(db, args[0] ?? '', args.slice(1).join(' '));
      return out(`Site ${args[0]} created.\n`);
    case 'enrol': {
      const device = flag(args, 'device');
      const words = args.slice(1).filter((a, i, all) => a !== '--device' && all[i - 1] !== '--device');
      const { deviceId, token } = await enrolDevice(db, args[0] ?? '', words.join(' '), device);
      return out(`Device ${deviceId} enrolled at ${args[0]}.\nIts token (shown once; enter it in the PC's Settings):\n${token}\n`);
    }
    case 'devices':
      for (const d of await listDevices(db, args[0])) out(`${d.id}  ${d.siteId}  ${d.revoked ? 'REVOKED' : 'active '}  held to seq ${d.headSeq}  ${d.name}\n`);
      return;
    case 'officer-add': {
      const sites = flag(args, 'sites')?.split(',').filter(Boolean) ?? [];
      const { password } = await addOfficer(db, args[0] ?? '', sites);
      return out(
        `Officer ${args[0]} added, reading ${sites.length ? sites.join(', ') : 'every site'}.\nTheir password (shown once; give it to them in person):\n${password}\n`,
      );
    }
    case 'officer-remove':
      return out((await removeOfficer(db, args[0] ?? '')) ? 'Removed, and logged out everywhere.\n' : 'No such officer.\n');
    case 'revoke':
      return out((await revokeDevice(db, args[0] ?? '')) ? 'Revoked.\n' : 'No such active device.\n');
    case 'backup': {
      const file = args[0];
      if (!file) throw new Error('backup needs a file to write, e.g. backup /var/backups/oss-2026-11-25.tar.gz');
      if (!db.snapshot) throw new Error('On PostgreSQL, back up with pg_dump (see server/README.md).');
      const bytes = await db.snapshot();
      writeFileSync(file, bytes, { flag: 'wx', mode: 0o600 });
      return out(`Backed up to ${file} (${bytes.length.toLocaleString('en-GB')} bytes).\n`);
    }
    case 'report': {
      const from = flag(args, 'from');
      const to = flag(args, 'to');
      if (!from || !to) throw new Error('report needs --from and --to (YYYY-MM-DD)');
      const sites = flag(args, 'sites')?.split(',') ?? (await db.query<{ id: string }>('SELECT id FROM sites')).rows.map((r) => r.id);
      // The CLI's report flags, checked by the API's own schema.
      const q = ReportQuery.safeParse({ from, to, by: flag(args, 'by'), target: flag(args, 'target') });
      if (!q.success) throw new Error(`report: ${q.error.issues.map((i) => `${i.path.join('.') || 'the period'}: ${i.message}`).join('; ')}`);
      const kind = flag(args, 'return');
      if (kind !== undefined && kind !== 'ni14' && kind !== 'service-level') throw new Error('--return is ni14 or service-level');
      const l = await loadReport(db, { siteIds: sites, from, to, by: kind ? null : (q.data.by ?? null), asOf: now, targetPercent: q.data.target });
      if (kind) return out(returnCsvOf(kind === 'ni14' ? 'ni14-return' : 'service-level-return', l));
      return out(args.includes('--csv') ? reportCsvOf(l) : `${JSON.stringify(reportOf(l), null, 2)}\n`);
    }
    case 'site-config': {
      const siteId = args[0] ?? '';
      const file = flag(args, 'file');
      if (!file) return out(`${JSON.stringify(await currentSiteOf(db, siteId), null, 2)}\n`);
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        throw new Error(`site-config could not read ${file} as JSON: ${e instanceof Error ? e.message : String(e)}`);
      }
      const v = await configureSite(db, siteId, raw, flag(args, 'by'), now);
      return out(`Site ${siteId}: version ${v.version} saved; it stands from ${v.fromDay}, and every PC of the site takes it at its next sync.\n`);
    }
  }
}
