import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Device tokens: `oss_<device id, 32 hex>_<secret>`. The device id lets the
 * server find the row; only the sha256 of the secret is stored, and it is
 * compared in constant time. The whole token is shown once, at enrolment.
 */
const TOKEN = /^oss_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export function newDeviceToken(deviceId: string): { token: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `oss_${deviceId.replace(/-/g, '')}_${secret}`, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function parseDeviceToken(token: string): { deviceId: string; secret: string } | null {
  const m = TOKEN.exec(token);
  if (!m) return null;
  const h = m[1]!;
  return { deviceId: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`, secret: m[2]! };
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
