import type { FastifyInstance } from 'fastify';
import { DEFAULT_SITE_CONFIG } from '../../shared/config/site-config';
import type { DomainEvent } from '../../shared/events/schema';
import { SimDevice } from '../../shared/testing/sim-device';
import type { Database } from '../../server/db/adapter';
import { createSite, enrolDevice } from '../../server/devices/devices';

/** A site with enrolled PCs, each a SimDevice that makes real events under its real id. */
export async function siteWithPcs(db: Database, siteId: string, count: number) {
  await createSite(db, siteId, `Site ${siteId}`);
  const pcs: { id: string; token: string; sim: SimDevice }[] = [];
  for (let i = 0; i < count; i++) {
    const { deviceId, token } = await enrolDevice(db, siteId, `PC ${i + 1}`);
    pcs.push({
      id: deviceId,
      token,
      sim: new SimDevice(
        deviceId,
        siteId,
        { slot: i, slots: Math.max(1, count) },
        { ...DEFAULT_SITE_CONFIG, issuingSlots: Math.max(1, count) },
        seedFor(siteId, i),
      ),
    });
  }
  return pcs;
}

/** Distinct seeds per site and PC: the same seed would make the same event ids. */
function seedFor(siteId: string, i: number): number {
  let h = 0;
  for (const c of siteId) h = (h * 31 + c.charCodeAt(0)) | 0;
  return (h ^ (i * 7919)) >>> 0;
}

/** This PC's own events, in deviceSeq order: what it pushes. */
export function own(sim: SimDevice): DomainEvent[] {
  return [...sim.log.values()].filter((e) => e.deviceId === sim.deviceId).sort((a, b) => a.deviceSeq - b.deviceSeq);
}

export async function call(app: FastifyInstance, method: 'GET' | 'POST', url: string, token?: string, body?: unknown) {
  const res = await app.inject({
    method,
    url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  return { status: res.statusCode, json: () => res.json() as Record<string, unknown>, text: res.body };
}

export async function countEvents(db: Database): Promise<number> {
  return Number((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0]!.n);
}
