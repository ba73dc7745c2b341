import type { Settings } from '../../../shared/settings/schema';
import { httpEndpoint } from './api';
import type { EndpointApi } from './api';
import { err, ok } from '../../../shared/core/result';
import type { Result } from '../../../shared/core/result';

/**
 * "Check endpoint and token" in Settings: one call to the endpoint, and an
 * answer in words reception staff (or IT on the phone) can act on. Every
 * way it can go wrong gets its own sentence; the check changes nothing.
 * Either way the answer is a sentence: what was found, or what is wrong and what to do.
 */
export type EnrolmentCheck = Result<string, { message: string }>;

export async function checkEnrolment(
  settings: Pick<Settings, 'endpointUrl' | 'deviceId' | 'siteId'>,
  token: string | null,
  api: EndpointApi | null,
  now: () => number,
  /** This PC's unsent events recorded under another site code, by code: the endpoint will refuse them. */
  unsentElsewhere: Record<string, number> = {},
): Promise<EnrolmentCheck> {
  if (!settings.endpointUrl) return err({ message: 'No endpoint address is set. Enter the address IT gave you and save.' });
  if (!token || !api) return err({ message: 'No device token is stored. Paste the token IT gave you when this PC was enrolled, and save it.' });
  const sentAt = now();
  let answer: Awaited<ReturnType<EndpointApi['whoami']>>;
  try {
    answer = await api.whoami();
  } catch (thrown) {
    const why = thrown instanceof Error ? thrown.message : String(thrown);
    if (/reception endpoint|failed \(/.test(why)) return err({ message: `${settings.endpointUrl} answered, but ${why}. Check the address.` });
    return err({ message: `Cannot reach ${settings.endpointUrl}. Check the address, and that this PC is on the council network. (${why})` });
  }
  if (!answer.ok) {
    const { status, message } = answer.error;
    if (status === 401) return err({ message: `The endpoint does not accept this token: ${message}. Ask IT for a new token for this PC.` });
    return err({ message: `The endpoint refused the check (${status}: ${message}).` });
  }
  const me = answer.value;
  if (me.deviceId !== settings.deviceId) {
    return err({
      message: `This token belongs to another PC (“${me.deviceName}”, ${me.deviceId}), not to this one (${settings.deviceId}). Ask IT to enrol this PC under its own id: npm run server -- enrol ${me.siteId} "<name>" --device ${settings.deviceId}`,
    });
  }
  if (me.siteId !== settings.siteId)
    return err({
      message: `This PC is enrolled at site “${me.siteId}” (${me.siteName}), but its settings say “${settings.siteId}”. Change the site code above to ${me.siteId} and save.`,
    });
  const stranded = Object.entries(unsentElsewhere).filter(([site, n]) => site !== me.siteId && n > 0);
  if (stranded.length) {
    const [site, n] = stranded[0]!;
    return err({
      message: `Token and site are right, but ${n} event${n === 1 ? '' : 's'} on this PC ${n === 1 ? 'was' : 'were'} recorded under the site code “${site}” before it was set to “${me.siteId}”. The endpoint refuses them, and nothing recorded after them can be sent until IT deals with them.`,
    });
  }
  const offsetS = Math.round((me.serverTime - (sentAt + now()) / 2) / 1000);
  return ok(
    `Connected to ${me.siteName} as “${me.deviceName}”. This PC’s clock is ${Math.abs(offsetS) <= 1 ? 'in step with' : `${Math.abs(offsetS)} s ${offsetS > 0 ? 'behind' : 'ahead of'}`} the endpoint’s.`,
  );
}

/** The Settings check as the screen runs it: over HTTP to the address set, with the token given. */
export function checkThisPcEnrolment(
  settings: Pick<Settings, 'endpointUrl' | 'deviceId' | 'siteId'>,
  token: string | null,
  unsentElsewhere: Record<string, number>,
): Promise<EnrolmentCheck> {
  const api = token && settings.endpointUrl ? httpEndpoint(settings.endpointUrl, token) : null;
  return checkEnrolment(settings, token, api, () => Date.now(), unsentElsewhere);
}
