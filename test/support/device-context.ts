import { DEFAULT_SITE_CONFIG } from '../../shared/config/site-config';
import { seededRandom } from '../../shared/testing/prng';
import type { DeviceContext } from '../../renderer/src/db/commands';

/** A device context with a controllable clock and seeded randomness, for tests. */
export function testContext(deviceId: string, startMs: number, seed = 1): DeviceContext & { advance: (minutes: number) => void } {
  let now = startMs;
  const rng = seededRandom(seed);
  return {
    siteId: 'test-site',
    deviceId,
    slot: { slot: 0, slots: 1 },
    config: DEFAULT_SITE_CONFIG,
    now: () => now,
    randomBytes: rng.bytes,
    advance: (minutes) => {
      now += minutes * 60_000;
    },
  };
}
