import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/adapter';
import { startWorld } from './sync-world';
import type { World } from './sync-world';
import { createSite, enrolDevice, revokeDevice } from '../../server/devices/devices';
import { TokenRefusedError, httpEndpoint } from '../../renderer/src/sync/api';
import { checkEnrolment } from '../../renderer/src/sync/enrolment';

/** Settings' "Check endpoint and token" against a real endpoint: each mistake gets its own plain sentence. */
let w: World;
let db: Database;
let base: string;
const PC = '0192f0c4-1a2b-4c3d-8e4f-0123456789ab';
let token: string;

beforeAll(async () => {
  w = await startWorld();
  ({ db, base } = w);
  await createSite(db, 'chorley', 'Chorley Town Hall');
  token = (await enrolDevice(db, 'chorley', 'Front desk PC', PC)).token;
}, 30_000);
afterAll(() => w?.close());

const check = (settings: { endpointUrl: string; deviceId: string; siteId: string }, t: string | null) =>
  checkEnrolment(settings, t, t && settings.endpointUrl ? httpEndpoint(settings.endpointUrl, t) : null, () => Date.now());
const mine = () => ({ endpointUrl: base, deviceId: PC, siteId: 'chorley' });

describe('checking the endpoint and token from Settings', () => {
  it('confirms the site and the PC’s name when all is well', async () => {
    expect(await check(mine(), token)).toEqual({
      ok: true,
      value: expect.stringMatching(/^Connected to Chorley Town Hall as “Front desk PC”\. This PC’s clock is in step with the endpoint’s\.$/),
    });
  });

  it('says what to do when the address or the token is missing', async () => {
    expect(await check({ ...mine(), endpointUrl: '' }, token)).toMatchObject({ error: { message: /No endpoint address/ } });
    expect(await check(mine(), null)).toMatchObject({ error: { message: /No device token is stored/ } });
  });

  it('tells an unreachable address from a token the endpoint refuses', async () => {
    expect(await check({ ...mine(), endpointUrl: 'http://127.0.0.1:9' }, token)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Cannot reach http:\/\/127\.0\.0\.1:9/) },
    });
    expect(await check(mine(), `${token.slice(0, -4)}0000`)).toMatchObject({
      error: { message: 'The endpoint does not accept this token: unknown device token. Ask IT for a new token for this PC.' },
    });
  });

  it('spots a token enrolled for another PC, and a site code that does not match', async () => {
    const other = await enrolDevice(db, 'chorley', 'Desk 3 PC');
    expect(await check(mine(), other.token)).toMatchObject({
      error: { message: expect.stringContaining(`belongs to another PC (“Desk 3 PC”, ${other.deviceId})`) },
    });
    expect(await check({ ...mine(), siteId: 'harrow' }, token)).toMatchObject({
      error: { message: expect.stringContaining('Change the site code above to chorley') },
    });
  });

  it('warns that events recorded under another site code before enrolment will be refused', async () => {
    const r = await checkEnrolment(mine(), token, httpEndpoint(base, token), () => Date.now(), { 'main-site': 12 });
    expect(r).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('12 events on this PC were recorded under the site code “main-site” before it was set to “chorley”') },
    });
  });

  it('says a revoked PC has been revoked', async () => {
    const gone = await enrolDevice(db, 'chorley', 'Old PC');
    await revokeDevice(db, gone.deviceId);
    expect(await check({ ...mine(), deviceId: gone.deviceId }, gone.token)).toMatchObject({ error: { message: /this device has been revoked/ } });
  });
});

describe('a PC whose token was revoked, syncing', () => {
  it('is told its token was refused and what to do, not that it is offline; enrolled again, its new token works', async () => {
    const pc = '0192f0c4-1a2b-4c3d-8e4f-0123456789ad';
    const first = await enrolDevice(db, 'chorley', 'Desk PC', pc);
    await revokeDevice(db, pc);
    const api = httpEndpoint(base, first.token);
    const pulled = api.pull(0, 10);
    await expect(pulled).rejects.toBeInstanceOf(TokenRefusedError);
    await expect(pulled).rejects.toThrow('this PC’s device token was refused (this device has been revoked): ask IT to enrol it again');
    expect(await api.push([{}])).toMatchObject({ kind: 'refused', status: 401, message: expect.stringContaining('device token was refused') });
    const again = await enrolDevice(db, 'chorley', 'Desk PC', pc);
    expect((await httpEndpoint(base, again.token).pull(0, 10)).events).toEqual([]);
  });
});
