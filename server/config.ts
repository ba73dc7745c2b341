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
  if (errors.length) throw new ConfigError(`The endpoint cannot start: ${errors.join('; ')}.`);
  return { port, host, databaseUrl: url || null, retentionDays };
}
