import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG } from '../config/site-config';
import { namesOf, sliceLabel } from './labels';

describe('the names people read instead of ids', () => {
  it('names services and NI14 reasons by the site’s configuration, and keeps an id it does not know', () => {
    const names = namesOf({ ...DEFAULT_SITE_CONFIG, services: [{ ...DEFAULT_SITE_CONFIG.services[0]!, id: 'council-tax', name: 'Council Tax and Benefits' }] });
    expect(names.service('council-tax')).toBe('Council Tax and Benefits');
    expect(names.service('parking')).toBe('parking');
    expect(names.reason('progress-chasing')).toBe('Progress chasing');
    expect(names.reason('gone')).toBe('gone');
  });

  it('names each kind of slice', () => {
    const names = namesOf(DEFAULT_SITE_CONFIG);
    expect(
      (
        [
          ['service', 'housing'],
          ['desk', '3'],
          ['desk', '(not served)'],
          ['hour', '09'],
          ['need', 'hearingLoop'],
          ['need', 'none'],
          ['week', '2026-11-23'],
          ['month', '2026-11-01'],
          ['quarter', '2026-10-01'],
          ['day', '2026-11-23'],
          ['site', 'chorley'],
        ] as const
      ).map(([by, key]) => sliceLabel(by, key, names)),
    ).toEqual(['Housing', 'Desk 3', '(not served)', '09:00', 'Hearing loop', 'No need recorded', 'Week beginning 2026-11-23', '2026-11', 'Q3 2026/27', '2026-11-23', 'chorley']);
  });
});
