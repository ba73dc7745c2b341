import type { Settings, SettingsPatch } from '../../../../shared/settings/schema';

/**
 * The settings form holds every field as the text typed, and becomes a
 * settings patch only when saved: the host validates the patch against the
 * settings schema, so the schema, not the form, says what is wrong.
 */
export type Form = Record<
  | 'siteId'
  | 'siteName'
  | 'deviceName'
  | 'desk'
  | 'role'
  | 'endpointUrl'
  | 'printerName'
  | 'nameRetentionDays'
  | 'issuingSlot'
  | 'issuingSlots'
  | 'displayMonitorId',
  string
>;

export function toForm(s: Settings): Form {
  return {
    siteId: s.siteId,
    siteName: s.siteName,
    deviceName: s.deviceName,
    desk: s.desk ?? '',
    role: s.role,
    endpointUrl: s.endpointUrl,
    printerName: s.printerName,
    nameRetentionDays: String(s.nameRetentionDays),
    issuingSlot: String(s.issuingSlot + 1),
    issuingSlots: String(s.issuingSlots),
    displayMonitorId: s.displayMonitorId === null ? '' : String(s.displayMonitorId),
  };
}

/** Numbers stay as typed text until saved, so the schema (not the form) says what is wrong. */
export const num = (v: string): number => (v.trim() === '' ? Number.NaN : Number(v));

export function toPatch(f: Form): SettingsPatch {
  return {
    siteId: f.siteId,
    siteName: f.siteName,
    deviceName: f.deviceName,
    desk: f.desk.trim() === '' ? null : f.desk,
    role: f.role as Settings['role'],
    endpointUrl: f.endpointUrl,
    printerName: f.printerName,
    nameRetentionDays: num(f.nameRetentionDays),
    issuingSlot: num(f.issuingSlot) - 1,
    issuingSlots: num(f.issuingSlots),
    displayMonitorId: f.displayMonitorId === '' ? null : num(f.displayMonitorId),
  };
}
