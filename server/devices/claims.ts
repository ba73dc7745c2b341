import { mayClaim } from '../../shared/queue/claims';
import type { ClaimAnswer, ClaimBody } from '../../shared/sync/wire';
import type { Database } from '../db/adapter';
import type { Device } from './devices';

/**
 * The endpoint's side of a claim (shared/queue/claims.ts): a compare-and-set on the wait, in one
 * transaction. The first desk to ask inserts the row; any other desk's request meets it, locked,
 * and is granted only as the rule in shared/ says (its own retry, or a hold that ran out).
 */
export async function claimWait(db: Database, device: Device, claim: ClaimBody, now: number): Promise<ClaimAnswer> {
  return db.tx(async (q) => {
    const params = [device.siteId, claim.ticketId, claim.wait, claim.desk, device.id, now];
    const inserted = await q.query(
      `INSERT INTO call_claims (site_id, ticket_id, wait, desk, device_id, claimed_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (site_id, ticket_id, wait) DO NOTHING RETURNING desk`,
      params,
    );
    if (inserted.rows.length) return { granted: true, desk: claim.desk, serverTime: now };
    const held = (
      await q.query<{ desk: string; device_id: string; claimed_at: string }>(
        'SELECT desk, device_id, claimed_at FROM call_claims WHERE site_id = $1 AND ticket_id = $2 AND wait = $3 FOR UPDATE',
        params.slice(0, 3),
      )
    ).rows[0]!;
    if (!mayClaim({ desk: held.desk, deviceId: held.device_id, claimedAt: Number(held.claimed_at) }, claim.desk, device.id, now))
      return { granted: false, desk: held.desk, serverTime: now };
    await q.query('UPDATE call_claims SET desk = $4, device_id = $5, claimed_at = $6 WHERE site_id = $1 AND ticket_id = $2 AND wait = $3', params);
    return { granted: true, desk: claim.desk, serverTime: now };
  });
}
