import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/schema';
import { DEFAULT_STORED_SERVICES, StoredServicesSchema, siteConfigFrom } from './stored-services';

describe('stored services to the site configuration', () => {
  const settings = (standardMinutes: number) => {
    const s = defaultSettings('00000000-0000-4000-8000-000000000001');
    return { ...s, thresholds: { ...s.thresholds, standardMinutes, targetPercent: 85 } };
  };

  it('a service with no standard of its own follows the site’s, with priority at half, rounded up', () => {
    const config = siteConfigFrom(settings(15), DEFAULT_STORED_SERVICES);
    expect(config.services.map((s) => [s.standardMinutes, s.priorityStandardMinutes])).toEqual(DEFAULT_STORED_SERVICES.map(() => [15, 8]));
    expect(config.targetPercent).toBe(85);
  });

  it('a service’s own standards win, and a one-minute standard keeps a one-minute priority standard', () => {
    const [first, second] = DEFAULT_STORED_SERVICES;
    const config = siteConfigFrom(settings(10), [
      { ...first!, standardMinutes: 20, priorityStandardMinutes: 5 },
      { ...second!, standardMinutes: 1, directorate: 'Parking' },
    ]);
    expect(config.services.map((s) => [s.standardMinutes, s.priorityStandardMinutes])).toEqual([
      [20, 5],
      [1, 1],
    ]);
    expect(config.directorates).toContain('Parking');
  });

  it('refuses two services with one letter', () => {
    const [first, second] = DEFAULT_STORED_SERVICES;
    expect(StoredServicesSchema.safeParse([first, { ...second!, letter: first!.letter }]).success).toBe(false);
  });
});
