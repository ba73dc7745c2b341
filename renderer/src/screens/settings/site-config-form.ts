import type { SiteSettings } from '../../../../shared/config/site-settings';
import type { StoredService } from '../../../../shared/config/stored-services';

/**
 * The site configuration form holds every field as the text typed, and becomes a record only when
 * saved: the save checks it against the site's schema (shared/config/site-settings.ts), so the
 * schema, not the form, says what is wrong.
 */
export type ServiceRow = Omit<StoredService, 'standardMinutes' | 'priorityStandardMinutes'> & { standardMinutes: string; priorityStandardMinutes: string };

export interface SiteForm {
  standardMinutes: string;
  priorityStandardMinutes: string;
  targetPercent: string;
  satisfactionTargetPercent: string;
  nearBreachMinutes: string;
  clockOffsetWarnSeconds: string;
  holidayRegion: string;
  extraClosedDays: string;
  feedbackComments: string;
  shrinkagePercent: string;
  services: ServiceRow[];
  changedBy: string;
}

const text = (n: number | null) => (n === null ? '' : String(n));
/** Empty stays empty (null: "the site's" or "half"); anything else is a number, or NaN for the schema to refuse. */
const optionalNumber = (v: string): number | null => (v.trim() === '' ? null : Number(v));
const number = (v: string): number => (v.trim() === '' ? Number.NaN : Number(v));

export function toSiteForm(s: SiteSettings, changedBy = ''): SiteForm {
  return {
    standardMinutes: String(s.standardMinutes),
    priorityStandardMinutes: text(s.priorityStandardMinutes),
    targetPercent: String(s.targetPercent),
    satisfactionTargetPercent: String(s.satisfactionTargetPercent),
    nearBreachMinutes: String(s.nearBreachMinutes),
    clockOffsetWarnSeconds: String(s.clockOffsetWarnSeconds),
    holidayRegion: s.holidayRegion,
    extraClosedDays: s.extraClosedDays.join(' '),
    feedbackComments: s.feedbackComments ? 'yes' : 'no',
    shrinkagePercent: String(s.shrinkagePercent),
    services: s.services.map((r) => ({ ...r, standardMinutes: text(r.standardMinutes), priorityStandardMinutes: text(r.priorityStandardMinutes) })),
    changedBy,
  };
}

/** The record to save, unchecked: `saveSiteConfig` checks it and refuses it in the form's own words. */
export function fromSiteForm(f: SiteForm): Record<keyof SiteSettings, unknown> {
  return {
    standardMinutes: number(f.standardMinutes),
    priorityStandardMinutes: optionalNumber(f.priorityStandardMinutes),
    targetPercent: number(f.targetPercent),
    satisfactionTargetPercent: number(f.satisfactionTargetPercent),
    nearBreachMinutes: number(f.nearBreachMinutes),
    clockOffsetWarnSeconds: number(f.clockOffsetWarnSeconds),
    holidayRegion: f.holidayRegion,
    extraClosedDays: f.extraClosedDays.split(/[\s,]+/).filter((d) => d !== ''),
    feedbackComments: f.feedbackComments === 'yes',
    shrinkagePercent: number(f.shrinkagePercent),
    services: f.services.map((r) => ({
      ...r,
      letter: r.letter.toUpperCase(),
      standardMinutes: optionalNumber(r.standardMinutes),
      priorityStandardMinutes: optionalNumber(r.priorityStandardMinutes),
    })),
  };
}
