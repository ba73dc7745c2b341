import { z } from 'zod';
import { HOLIDAY_REGIONS } from '../calendar/bank-holidays';
import type { HolidayRegion } from '../calendar/bank-holidays';
import { DaySchema } from '../calendar/day';
import { DEFAULT_STORED_SERVICES, StoredServicesSchema } from './stored-services';
import { DEFAULT_SITE_CONFIG } from './site-config';
import type { Service, SiteConfig } from './site-config';

/**
 * A site's configuration as a supervisor (or IT at the endpoint) sets it: one record for the whole
 * site, synced as a `site.configured` event, so every PC and the endpoint judge the same tickets by
 * the same numbers. What belongs to one PC (its name, role, desk, numbering slot, monitor, printer)
 * stays in that PC's settings (`settings/schema.ts`).
 *
 * Every default lives here, once: `DEFAULT_SITE_SETTINGS` (the seeds' Chorley figures).
 */
export const SiteSettingsSchema = z
  .object({
    /** Face-to-face standard: "seen within N minutes" (Chorley: 10; Harrow: 15). A service may set its own. */
    standardMinutes: z.number().int().min(1).max(240),
    /** Priority customers' standard; null: half the standard, rounded up. A service may set its own. */
    priorityStandardMinutes: z.number().int().min(1).max(240).nullable(),
    /** Share of customers to be seen within the standard, in percent (Chorley: 80). */
    targetPercent: z.number().min(1).max(100),
    /** A waiting ticket is "near breach" this many minutes before its standard is reached. */
    nearBreachMinutes: z.number().int().min(0).max(240),
    /** A PC's clock this far from the endpoint's has its waits flagged inaccurate. */
    clockOffsetWarnSeconds: z.number().int().min(1).max(3600),
    /** Share of feedback answers satisfied or very satisfied (Chorley's standards: 80). */
    satisfactionTargetPercent: z.number().min(1).max(100),
    /** Whose bank holidays count when working days are counted (complaint due dates). */
    holidayRegion: z.enum(HOLIDAY_REGIONS as [HolidayRegion, ...HolidayRegion[]]),
    /** One-off days the council is closed (YYYY-MM-DD), beside the bank holidays. */
    extraClosedDays: z.array(DaySchema).max(100, 'at most 100 days'),
    /**
     * The staffing planner's share of rostered time away from a desk (breaks, training, leave), in
     * percent: how many advisors to roster for the desks needed. Absent in a save made before it was
     * kept: 30, the planner's old default.
     */
    shrinkagePercent: z.number().min(0).max(90).default(30),
    /** Whether the feedback screen offers a comment box (a comment may name the customer: purged with names). */
    feedbackComments: z.boolean(),
    /** The services, their letters and names, and any standard set per service. */
    services: StoredServicesSchema,
  })
  .strict();
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  standardMinutes: 10,
  priorityStandardMinutes: null,
  targetPercent: DEFAULT_SITE_CONFIG.targetPercent,
  nearBreachMinutes: DEFAULT_SITE_CONFIG.nearBreachMinutes,
  clockOffsetWarnSeconds: 60,
  satisfactionTargetPercent: 80,
  holidayRegion: 'england-and-wales',
  extraClosedDays: [],
  feedbackComments: false,
  shrinkagePercent: 30,
  services: DEFAULT_STORED_SERVICES,
};

/** The priority standard where none is set: half the standard, rounded up, and never under a minute. */
export function halfStandard(standardMinutes: number): number {
  return Math.max(1, Math.ceil(standardMinutes / 2));
}

/**
 * The one rule for which standard a customer is timed against: a priority customer gets the
 * service's priority standard, everyone else its standard. Fixed on the ticket at issue (and on
 * a transfer, for the new service), so a later change of configuration never rewrites a wait.
 */
export function standardFor(service: Pick<Service, 'standardMinutes' | 'priorityStandardMinutes'>, priority: boolean): number {
  return priority ? service.priorityStandardMinutes : service.standardMinutes;
}

/**
 * The configuration the domain core works from: each service's standard is its own if set, else
 * the site's; its priority standard its own if set, else the site's priority standard (no longer
 * than the service's standard), else half its standard.
 */
export function siteConfigOf(site: SiteSettings): SiteConfig {
  return {
    ...DEFAULT_SITE_CONFIG,
    targetPercent: site.targetPercent,
    nearBreachMinutes: site.nearBreachMinutes,
    services: site.services.map((s) => {
      const standardMinutes = s.standardMinutes ?? site.standardMinutes;
      return {
        id: s.id,
        name: s.name,
        letter: s.letter,
        directorate: s.directorate,
        active: s.active,
        standardMinutes,
        // Never longer than the service's own standard: a priority customer never waits longer than anyone.
        priorityStandardMinutes: s.priorityStandardMinutes ?? Math.min(standardMinutes, site.priorityStandardMinutes ?? halfStandard(standardMinutes)),
      };
    }),
    directorates: [...new Set([...DEFAULT_SITE_CONFIG.directorates, ...site.services.map((s) => s.directorate)])],
  };
}
