import type { SiteConfig } from '../config/site-config';
import { periodOf } from '../calendar/periods';
import type { SliceBy } from '../figures/figures';
import { needKeyLabel } from '../needs/needs';

/**
 * What people read instead of ids: service names, NI14 reason labels, desk
 * and hour labels. One set of names for the screen, the print and the CSV,
 * so all three say the same thing.
 */
export interface ReportNames {
  service: (id: string) => string;
  reason: (id: string) => string;
}

export function namesOf(config: Pick<SiteConfig, 'services' | 'ni14Reasons'>): ReportNames {
  const services = new Map(config.services.map((s) => [s.id, s.name]));
  const reasons = new Map(config.ni14Reasons.map((r) => [r.id, r.label]));
  return { service: (id) => services.get(id) ?? id, reason: (id) => reasons.get(id) ?? id };
}

/** The label of a slice's key: "Council Tax", "Desk 3", "09:00", a day, a site code. */
export function sliceLabel(by: SliceBy, key: string, names: ReportNames): string {
  switch (by) {
    case 'service':
      return names.service(key);
    case 'desk':
      return key.startsWith('(') ? key : `Desk ${key}`;
    case 'hour':
      return `${key}:00`;
    case 'need':
      return needKeyLabel(key);
    case 'week':
    case 'month':
    case 'quarter':
      return periodOf(by, key).label;
    default:
      return key;
  }
}

export const SLICE_HEADINGS: Record<SliceBy, string> = {
  service: 'Service',
  desk: 'Desk',
  hour: 'Hour',
  day: 'Day',
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  site: 'Site',
  need: 'Need',
};

/** Median and p90 are taken by nearest rank (a wait that really occurred); every place that shows them says so. */
export const NEAREST_RANK_NOTE = 'Median and 90th percentile by the nearest-rank method: each is a wait that really occurred.';

/** The five faces of the feedback screen, in words: what the screen reader says and what reports print. */
export const SATISFACTION_LABELS = ['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'] as const;
export const RECOMMEND_LABELS = { yes: 'Yes', no: 'No', notSure: 'Not sure' } as const;
