import { z } from 'zod';
import { SiteSettingsSchema } from '../config/site-settings';

/**
 * A reception PC's own settings: who it is, where it is, what it does. The site's configuration
 * (standards, targets, services, bank holidays) is not here: it is one synced record of the site
 * (config/site-settings.ts), the same at every PC.
 * The same schema guards electron-store in the main process and localStorage
 * in the web bridge, so a hand-edited or stale file is checked the same way.
 */
export const SETTINGS_VERSION = 2;

/** feedback: a small screen facing the customer at one desk (the `desk` setting), asking how the visit was. */
export const roles = ['greeter', 'advisor', 'supervisor', 'display', 'feedback'] as const;
export const RoleSchema = z.enum(roles);
export type Role = z.infer<typeof RoleSchema>;

const slug = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(40, 'must be 40 characters or fewer')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes');

const label = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be ${max} characters or fewer`);

/** An endpoint address, or '' while the PC is not enrolled. Only http(s). */
export const EndpointUrlSchema = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .max(300)
    .url('must be a web address such as https://reception.example.gov.uk')
    .refine((u) => /^https?:\/\//i.test(u), 'must start with http:// or https://'),
]);

/**
 * What an older version of this PC kept of the site's configuration in its own settings (version
 * 1: standard, targets, bank holidays, closed days, comments). Carried over once into the site's
 * synced configuration (renderer/src/app/CarryOver.tsx), then cleared.
 */
// (shrinkagePercent was never a PC setting: nothing to carry, and its default must not pose as one.)
export const CarriedOverSchema = SiteSettingsSchema.omit({ services: true, shrinkagePercent: true }).partial().nullable();
export type CarriedOver = z.infer<typeof CarriedOverSchema>;

export const SettingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_VERSION),
  siteId: slug,
  siteName: label(80),
  deviceId: z.string().uuid(),
  deviceName: label(60),
  /** The desk this PC serves from, e.g. "3" (a feedback screen: the desk it faces); null on a greeter or wall screen. */
  desk: z.string().trim().min(1).max(10).nullable(),
  role: RoleSchema,
  /**
   * 'practice' until the PC is set up (first run): tickets are for trying the
   * screens, never sent and cleared when the PC is set up for real. 'live': the site's record.
   */
  mode: z.enum(['practice', 'live']),
  endpointUrl: EndpointUrlSchema,
  /** Printer name as the OS knows it; '' means the system default. */
  printerName: z.string().trim().max(120),
  /** Display id of the monitor for the calling screen; null = the primary. */
  displayMonitorId: z.number().int().nullable(),
  /** Ticket numbering: PCs that issue tickets at one site take distinct slots 0…n-1 of n. */
  issuingSlot: z.number().int().min(0).max(8),
  issuingSlots: z.number().int().min(1).max(9),
  /** Customer names are purged locally once synced and older than this. */
  nameRetentionDays: z.number().int().min(0).max(365),
  carriedOver: CarriedOverSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

/** What staff may change. deviceId and schemaVersion are not theirs to edit. */
export const SettingsPatchSchema = SettingsSchema.omit({ schemaVersion: true, deviceId: true }).partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** Defaults take the device id as an argument: shared/ never makes ids itself. */
export function defaultSettings(deviceId: string): Settings {
  return {
    schemaVersion: SETTINGS_VERSION,
    siteId: 'main-site',
    siteName: 'One Stop Shop',
    deviceId,
    deviceName: 'Reception PC',
    desk: null,
    role: 'greeter',
    mode: 'practice',
    endpointUrl: '',
    printerName: '',
    displayMonitorId: null,
    issuingSlot: 0,
    issuingSlots: 1,
    nameRetentionDays: 30,
    carriedOver: null,
  };
}
