import { SiteSettingsSchema } from '../config/site-settings';
import { SETTINGS_VERSION, SettingsPatchSchema, SettingsSchema, defaultSettings } from './schema';
import type { Settings, SettingsPatch } from './schema';

/**
 * Reads settings back from storage (electron-store's file, or localStorage).
 *
 * Storage is a boundary: the file may be from an older version, hand-edited,
 * or half-written. Rather than refusing to start a reception PC over one bad
 * value, each field that fails its schema falls back to its default and is
 * named in `repaired`, so the app can say what it reset.
 */
export interface StoredSettingsResult {
  settings: Settings;
  /** Field paths that were missing or invalid and were reset to defaults. */
  repaired: string[];
  /** True when the stored data must be written back (migrated or repaired). */
  changed: boolean;
}

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * One entry per version step: MIGRATIONS[n] turns version n-1 data into n.
 * Version 0 is settings written before they carried a version (early pilots
 * kept the standard and target as top-level keys).
 */
const MIGRATIONS: Record<number, Migration> = {
  1: (raw) => {
    const { standardMinutes, targetPercent, ...rest } = raw;
    const thresholds = isRecord(rest['thresholds']) ? { ...rest['thresholds'] } : {};
    if (standardMinutes !== undefined && thresholds['standardMinutes'] === undefined) thresholds['standardMinutes'] = standardMinutes;
    if (targetPercent !== undefined && thresholds['targetPercent'] === undefined) thresholds['targetPercent'] = targetPercent;
    return { ...rest, thresholds, schemaVersion: 1 };
  },
  // The site's configuration left the PC's settings for one synced record of the site: what the PC
  // held is kept aside, once, to be carried over into it (CarriedOverSchema), each value only if valid.
  2: (raw) => {
    const { thresholds, holidayRegion, extraClosedDays, feedbackComments, ...rest } = raw;
    const t = isRecord(thresholds) ? thresholds : {};
    const candidate: Record<string, unknown> = {
      standardMinutes: t['standardMinutes'],
      targetPercent: t['targetPercent'],
      nearBreachMinutes: t['nearBreachMinutes'],
      clockOffsetWarnSeconds: t['clockOffsetWarnSeconds'],
      satisfactionTargetPercent: t['satisfactionTargetPercent'],
      holidayRegion,
      extraClosedDays,
      feedbackComments,
    };
    const shape = SiteSettingsSchema.shape;
    const kept = Object.fromEntries(Object.entries(candidate).filter(([k, v]) => v !== undefined && shape[k as keyof typeof shape].safeParse(v).success));
    return { ...rest, carriedOver: Object.keys(kept).length ? kept : null, schemaVersion: 2 };
  },
};

export function readStoredSettings(raw: unknown, newDeviceId: string): StoredSettingsResult {
  const defaults = defaultSettings(newDeviceId);
  if (!isRecord(raw)) {
    return { settings: defaults, repaired: raw === undefined || raw === null ? [] : ['(whole file)'], changed: true };
  }
  let data: Record<string, unknown> = { ...raw };
  const from = typeof data['schemaVersion'] === 'number' ? data['schemaVersion'] : 0;
  for (let v = from + 1; v <= SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step) data = step(data);
  }
  const migrated = from !== SETTINGS_VERSION;
  // Settings saved before the first-run set-up existed belong to a PC already in use: it is live.
  if (data['mode'] === undefined) data['mode'] = 'live';

  const repaired: string[] = [];
  const shape = SettingsSchema.shape;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof Settings)[]) {
    const parsed = shape[key].safeParse(data[key]);
    if (parsed.success) out[key] = parsed.data;
    else {
      out[key] = defaults[key];
      // A missing device id is expected on first start; anything else is a repair.
      if (!(key === 'deviceId' && data[key] === undefined) && data[key] !== undefined) repaired.push(key);
    }
  }
  out['schemaVersion'] = SETTINGS_VERSION;

  const settings = SettingsSchema.parse(out);
  const changed = migrated || repaired.length > 0 || JSON.stringify(settings) !== JSON.stringify(raw);
  return { settings, repaired, changed };
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Applies a patch from staff; an invalid patch throws and changes nothing. */
export function applySettingsPatch(current: Settings, patch: unknown): Settings {
  const parsed = SettingsPatchSchema.safeParse(patch);
  if (!parsed.success) {
    throw new SettingsError(`Settings not saved: ${describeIssues(parsed.error.issues)}`);
  }
  const p: SettingsPatch = parsed.data;
  return SettingsSchema.parse({ ...current, ...p });
}

/** Settings fields as the Settings screen labels them, so a refusal names what the person sees. */
export const SETTINGS_FIELD_LABELS: Record<string, string> = {
  siteId: 'Site code',
  siteName: 'Site name',
  deviceName: 'PC name',
  desk: 'Desk',
  role: 'Role',
  mode: 'Practice or live',
  endpointUrl: 'Endpoint address',
  printerName: 'Ticket printer',
  nameRetentionDays: 'Keep customer names for (days)',
  issuingSlots: 'Issuing PCs at this site',
  displayMonitorId: 'Calling display monitor',
  // The site's configuration (config/site-settings.ts), refused in the same words.
  holidayRegion: 'Bank holidays',
  extraClosedDays: 'Other days the council is closed',
  standardMinutes: 'Face-to-face standard (minutes)',
  priorityStandardMinutes: 'Priority customers’ standard (minutes)',
  targetPercent: 'Target seen within standard (%)',
  nearBreachMinutes: 'Warn this many minutes before the standard',
  clockOffsetWarnSeconds: 'Clock warning (seconds)',
  satisfactionTargetPercent: 'Target satisfied customers (%)',
  feedbackComments: 'Ask for a comment on the feedback screen',
  shrinkagePercent: 'Time away from the desk for the staffing planner (%)',
  services: 'Services',
};

interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  minimum?: unknown;
  maximum?: unknown;
  expected?: unknown;
}

/** zod's generic wording in plain English; a schema's own message (a format explained) is kept. */
function plain(i: Issue): string {
  if (i.code === 'too_small' && typeof i.minimum !== 'undefined' && /^Too small/.test(i.message)) return `must be at least ${String(i.minimum)}`;
  if (i.code === 'too_big' && typeof i.maximum !== 'undefined' && /^Too big/.test(i.message)) return `must be at most ${String(i.maximum)}`;
  if (i.code === 'invalid_type' && i.expected === 'number') return 'must be a number';
  if (i.code === 'unrecognized_keys') return i.message.replace(/^Unrecognized key/, 'not a setting');
  return i.message;
}

/** Refusals in words: "Face-to-face standard (minutes) must be at least 1". An argument's position (IPC tuples) is left out. */
export function describeIssues(issues: readonly Issue[]): string {
  return issues
    .map((i) => {
      const path = i.path.map(String).filter((p, n) => !(n === 0 && /^\d+$/.test(p)));
      const key = path.join('.');
      const field = SETTINGS_FIELD_LABELS[key] ?? SETTINGS_FIELD_LABELS[path[0] ?? ''] ?? key;
      return field ? `${field} ${plain(i)}` : plain(i);
    })
    .join('; ');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
