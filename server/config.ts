/**
 * The endpoint's settings from its environment (server/README.md lists
 * them). Each bad value is refused at start with a sentence naming the
 * variable, what it holds and what it must be: an endpoint never starts on a
 * guess.
 */
export interface EndpointConfig {
  port: number;
  host: string;
  /** PostgreSQL when set; otherwise the embedded database in dataDir. */
  databaseUrl: string | null;
  /** Days after which customer names and feedback comments are purged (0: at the end of each day). */
  retentionDays: number;
  /**
   * The proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (addresses or CIDR
   * ranges): the client address an officer's failed logins are counted against is the one they
   * name. Default: a proxy on this machine (loopback).
   */
  trustProxy: string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function wholeNumber(env: NodeJS.ProcessEnv, key: string, min: number, max: number, fallback: number, errors: string[]): number {
  const raw = env[key];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw.trim());
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  errors.push(`${key} must be a whole number from ${min} to ${max}; it is ${JSON.stringify(raw.slice(0, 40))}`);
  return fallback;
}

export function endpointConfig(env: NodeJS.ProcessEnv = process.env, flags: { port?: string; host?: string } = {}): EndpointConfig {
  const errors: string[] = [];
  const port = wholeNumber({ ...env, ...(flags.port !== undefined ? { PORT: flags.port } : {}) }, 'PORT', 1, 65_535, 8787, errors);
  const host = (flags.host ?? env['HOST'] ?? '127.0.0.1').trim();
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host))
    errors.push(`HOST must be an address or host name such as 127.0.0.1 or 0.0.0.0; it is ${JSON.stringify(host.slice(0, 40))}`);
  const url = env['DATABASE_URL']?.trim() ?? '';
  if (url && !/^postgres(ql)?:\/\/[^\s]+$/.test(url))
    errors.push('DATABASE_URL must be a PostgreSQL address such as postgres://user@db.example:5432/reception (or unset, for the embedded database)');
  const retentionDays = wholeNumber(env, 'RETENTION_DAYS', 0, 3650, 30, errors);
  const trustProxy = (env['TRUST_PROXY']?.trim() || 'loopback')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const badProxy = trustProxy.find((a) => !/^(loopback|[0-9a-fA-F.:]+(\/\d{1,3})?)$/.test(a));
  if (badProxy !== undefined)
    errors.push(
      `TRUST_PROXY must be addresses or ranges such as 10.0.0.5 or 10.0.0.0/24, comma separated (or loopback); it holds ${JSON.stringify(badProxy.slice(0, 40))}`,
    );
  if (errors.length) throw new ConfigError(`The endpoint cannot start: ${errors.join('; ')}.`);
  return { port, host, databaseUrl: url || null, retentionDays, trustProxy };
}
