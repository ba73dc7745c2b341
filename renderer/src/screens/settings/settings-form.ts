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
  | 'standardMinutes'
  | 'targetPercent'
  | 'satisfactionTargetPercent'
  | 'feedbackComments'
  | 'nearBreachMinutes'
  | 'nameRetentionDays'
  | 'issuingSlot'
  | 'issuingSlots'
  | 'displayMonitorId'
  | 'holidayRegion'
  | 'extraClosedDays',
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
    standardMinutes: String(s.thresholds.standardMinutes),
    targetPercent: String(s.thresholds.targetPercent),
    satisfactionTargetPercent: String(s.thresholds.satisfactionTargetPercent),
    feedbackComments: s.feedbackComments ? 'yes' : 'no',
    nearBreachMinutes: String(s.thresholds.nearBreachMinutes),
    nameRetentionDays: String(s.nameRetentionDays),
    issuingSlot: String(s.issuingSlot + 1),
    issuingSlots: String(s.issuingSlots),
    displayMonitorId: s.displayMonitorId === null ? '' : String(s.displayMonitorId),
    holidayRegion: s.holidayRegion,
    extraClosedDays: s.extraClosedDays.join(' '),
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
    feedbackComments: f.feedbackComments === 'yes',
    issuingSlot: num(f.issuingSlot) - 1,
    issuingSlots: num(f.issuingSlots),
    displayMonitorId: f.displayMonitorId === '' ? null : num(f.displayMonitorId),
    holidayRegion: f.holidayRegion as Settings['holidayRegion'],
    extraClosedDays: f.extraClosedDays.split(/[\s,]+/).filter((d) => d !== ''),
    thresholds: {
      standardMinutes: num(f.standardMinutes),
      targetPercent: num(f.targetPercent),
      satisfactionTargetPercent: num(f.satisfactionTargetPercent),
      nearBreachMinutes: num(f.nearBreachMinutes),
    },
  };
}
