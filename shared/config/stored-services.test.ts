import { describe, expect, it } from 'vitest';
import { DEFAULT_STORED_SERVICES, StoredServicesSchema } from './stored-services';
import { DEFAULT_SITE_SETTINGS, siteConfigOf, standardFor } from './site-settings';

describe('a site’s services to the configuration the core works from', () => {
  const site = (standardMinutes: number, priorityStandardMinutes: number | null = null) => ({
    ...DEFAULT_SITE_SETTINGS,
    standardMinutes,
    priorityStandardMinutes,
    targetPercent: 85,
  });

  it('a service with no standard of its own follows the site’s, with priority at half, rounded up', () => {
    const config = siteConfigOf(site(15));
    expect(config.services.map((s) => [s.standardMinutes, s.priorityStandardMinutes])).toEqual(DEFAULT_STORED_SERVICES.map(() => [15, 8]));
    expect(config.targetPercent).toBe(85);
  });

  it('the site’s own priority standard, where set, beats the half', () => {
    const config = siteConfigOf(site(15, 4));
    expect(config.services.every((s) => s.priorityStandardMinutes === 4)).toBe(true);
  });

  it('a service’s own standards win, and a one-minute service keeps a one-minute priority standard', () => {
    const [first, second] = DEFAULT_STORED_SERVICES;
    const config = siteConfigOf({
      ...site(10, 3),
      services: [
        { ...first!, standardMinutes: 20, priorityStandardMinutes: 5 },
        { ...second!, standardMinutes: 1, directorate: 'Parking' },
      ],
    });
    expect(config.services.map((s) => [s.standardMinutes, s.priorityStandardMinutes])).toEqual([
      [20, 5],
      [1, 1],
    ]);
    expect(siteConfigOf({ ...site(10), services: [{ ...second!, standardMinutes: 1 }] }).services[0]!.priorityStandardMinutes).toBe(1);
    expect(config.directorates).toContain('Parking');
  });

  it('a priority customer is timed against the priority standard, anyone else against the standard', () => {
    const service = siteConfigOf(site(12, 4)).services[0]!;
    expect(standardFor(service, true)).toBe(4);
    expect(standardFor(service, false)).toBe(12);
  });

  it('refuses two services with one letter', () => {
    const [first, second] = DEFAULT_STORED_SERVICES;
    expect(StoredServicesSchema.safeParse([first, { ...second!, letter: first!.letter }]).success).toBe(false);
  });
});
