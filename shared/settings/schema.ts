import { z } from 'zod';
import { HOLIDAY_REGIONS } from '../calendar/bank-holidays';
import type { HolidayRegion } from '../calendar/bank-holidays';
import { DaySchema } from '../calendar/day';

/**
 * A reception PC's own settings: who it is, where it is, what it does.
 * The same schema guards electron-store in the main process and localStorage
 * in the web bridge, so a hand-edited or stale file is checked the same way.
 */
export const SETTINGS_VERSION = 1;

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

export const ThresholdsSchema = z.object({
  /** Face-to-face standard: "seen within N minutes" (Chorley: 10; Harrow: 15). */
  standardMinutes: z.number().int().min(1).max(240),
  /** Share of customers to be seen within the standard (Chorley: 80%). */
  targetPercent: z.number().min(1).max(100),
  /** A waiting ticket is "near breach" this many minutes before its standard is reached. */
  nearBreachMinutes: z.number().int().min(0).max(240),
  /** Clock offset from the endpoint beyond which timing is flagged inaccurate. */
  clockOffsetWarnSeconds: z.number().int().min(1).max(3600),
  /** Share of customers who answer satisfied or very satisfied on the feedback screen (Chorley's standards: 80%). */
  satisfactionTargetPercent: z.number().min(1).max(100),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

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
  /**
   * Whether the feedback screen offers a comment box (off by default). A comment may say who the
   * customer is, so it is purged with names, after nameRetentionDays.
   */
  feedbackComments: z.boolean(),
  /** Customer names are purged locally once synced and older than this. */
  nameRetentionDays: z.number().int().min(0).max(365),
  thresholds: ThresholdsSchema,
  /** Whose bank holidays count when working days are counted (complaint due dates). */
  holidayRegion: z.enum(HOLIDAY_REGIONS as [HolidayRegion, ...HolidayRegion[]]),
  /** One-off days the council is closed (YYYY-MM-DD), beside the bank holidays. */
  extraClosedDays: z.array(DaySchema).max(100, 'at most 100 days'),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** What staff may change. deviceId and schemaVersion are not theirs to edit. */
export const SettingsPatchSchema = SettingsSchema.omit({ schemaVersion: true, deviceId: true })
  .extend({ thresholds: ThresholdsSchema.partial() })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const defaultThresholds: Thresholds = {
  standardMinutes: 10,
  targetPercent: 80,
  nearBreachMinutes: 2,
  clockOffsetWarnSeconds: 60,
  satisfactionTargetPercent: 80,
};

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
    feedbackComments: false,
    nameRetentionDays: 30,
    thresholds: { ...defaultThresholds },
    holidayRegion: 'england-and-wales',
    extraClosedDays: [],
  };
}
