import { z } from 'zod';
import { initialHlc } from '../../../shared/clock/hlc';
import type { DevicePosition } from '../../../shared/events/stamp';
import { StoredServicesSchema } from '../../../shared/config/stored-services';
import { SiteSettingsSchema } from '../../../shared/config/site-settings';
import type { SiteSettings } from '../../../shared/config/site-settings';
import { carriedOverSite } from '../../../shared/config/site-history';
import type { CarriedOver } from '../../../shared/settings/schema';
import type { ReceptionDb } from './database';

/**
 * Small keyed rows beside the log. Each is read back through a zod schema:
 * storage is a boundary, and a bad row is reported, never trusted.
 *
 * - `position`: this PC's last deviceSeq and clock, written in the same
 *   transaction as the events they stamped, so neither is ever reused;
 * - `ordinal:<day>:<service>`: how many tickets this PC issued for a service
 *   that day (the ticket number's input);
 * - `services` (version 1's copy of the site's services) and `practiceSite` (the configuration a
 *   PC practised with): read only until the site has a configuration of its own.
 */
const PositionSchema = z.object({
  siteId: z.string(),
  deviceId: z.string(),
  seq: z.number().int().min(0),
  clock: z.object({ millis: z.number().int().min(0), counter: z.number().int().min(0), node: z.string() }),
});

export class CorruptRowError extends Error {
  override name = 'CorruptRowError';
}

async function read<T>(db: ReceptionDb, key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const row = await db.meta.get(key);
  if (!row) return undefined;
  const parsed = schema.safeParse(row.value);
  if (!parsed.success) throw new CorruptRowError(`The stored ${key} is unreadable; nothing was changed. Ask IT to check this PC.`);
  return parsed.data;
}

export async function readPosition(db: ReceptionDb, siteId: string, deviceId: string): Promise<DevicePosition> {
  const pos = await read(db, 'position', PositionSchema);
  if (pos && pos.deviceId === deviceId) return { ...pos, siteId };
  // No position for this device: a new PC starts its log at 1. But if the log already holds
  // events of this device (the row was lost, or the log came back from the endpoint after the
  // browser threw a damaged database away), it goes on after the highest: a sequence number is
  // never given twice. (The clock catches up from the log in commands.ts.)
  const last = await db.events.where('[deviceId+deviceSeq]').between([deviceId, 0], [deviceId, Infinity]).last();
  return { siteId, deviceId, seq: last?.deviceSeq ?? 0, clock: initialHlc(deviceId) };
}

export async function writePosition(db: ReceptionDb, pos: DevicePosition): Promise<void> {
  await db.meta.put({ key: 'position', value: pos });
}

/**
 * The next ticket ordinal for a service today on this PC. The first of the
 * day (no row yet) is counted from the day's tickets this PC issued for the
 * service, so a lost row can never give a number twice.
 */
export async function takeOrdinal(db: ReceptionDb, day: string, serviceId: string, deviceId: string): Promise<number> {
  const key = `ordinal:${day}:${serviceId}`;
  const stored = await read(db, key, z.number().int().min(0));
  const n =
    stored ??
    (await db.tickets
      .where('day')
      .equals(day)
      .filter((t) => t.issuedBy === deviceId && t.segments[0]!.serviceId === serviceId)
      .count());
  await db.meta.put({ key, value: n + 1 });
  return n;
}

/**
 * What this PC judges by until its site has a configuration version (shared/config/site-history.ts):
 * the configuration it was practising with when it was set up (`practiceSite`), else what version 1
 * kept in its settings (`carried`) and its database (`services`), on the defaults. Unreadable rows
 * count as none.
 */
export async function readSiteBeforeAnyVersion(db: ReceptionDb, carried: CarriedOver): Promise<SiteSettings> {
  const practised = SiteSettingsSchema.safeParse((await db.meta.get('practiceSite'))?.value);
  if (practised.success) return practised.data;
  const services = StoredServicesSchema.safeParse((await db.meta.get('services'))?.value);
  return carriedOverSite(carried, services.success ? services.data : null);
}

export async function keepPracticeSite(db: ReceptionDb, site: SiteSettings): Promise<void> {
  await db.meta.put({ key: 'practiceSite', value: site });
}

/**
 * `timingSettledAt`: this PC's own time up to which everything it timed is
 * settled: trusted (a sync round found its clock in step then) or already
 * flagged inaccurate. A round that finds the clock out of step flags what
 * this PC timed since (timing-flags.ts), whatever day that was, and moves
 * the mark on, so the next round reads only what is new.
 */
export async function readTimingSettledAt(db: ReceptionDb): Promise<number | null> {
  return (await read(db, 'timingSettledAt', z.number().int().min(0))) ?? null;
}

export async function writeTimingSettledAt(db: ReceptionDb, at: number): Promise<void> {
  await db.meta.put({ key: 'timingSettledAt', value: at });
}
