/**
 * Errors that mean "the database is not there right now" (restarted,
 * failed over, a connection terminated), as opposed to a bad query. The
 * endpoint answers these with 503 and a retry hint: nothing was stored, and
 * the PC sends the same batch again later.
 */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN']);

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

export function isDatabaseUnavailable(err: unknown): boolean {
  if (err instanceof DatabaseUnavailableError) return true;
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    // SQLSTATE class 08 (connection exception) and 57P0x (admin or crash shutdown, cannot connect now).
    if (code.startsWith('08') || /^57P0[1-4]$/.test(code) || CONNECTION_CODES.has(code)) return true;
  }
  const message = (err as { message?: unknown }).message;
  return (
    typeof message === 'string' && /Connection terminated|Client has encountered a connection error|connection .* closed|terminating connection/i.test(message)
  );
}
