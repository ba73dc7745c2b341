/**
 * Text PostgreSQL cannot store, or that is not text at all: a NUL character,
 * or half of a UTF-16 surrogate pair. Found anywhere in an event (a name, a
 * note, a reason), it is refused with where it is, rather than failing in
 * the database or being stored as something else.
 */
// eslint-disable-next-line no-control-regex -- finding the NUL control character is the point
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasBadText(s: string): boolean {
  return BAD_TEXT.test(s);
}

/** The path of the first string (or key) in `value` with bad text, or null. Depth-limited: events are shallow. */
export function badTextPath(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === 'string') return hasBadText(value) ? path.join('.') || '(value)' : null;
  if (value === null || typeof value !== 'object' || depth > 8) return null;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (hasBadText(k)) return [...path, '(a key)'].join('.');
    const found = badTextPath(v, [...path, k], depth + 1);
    if (found) return found;
  }
  return null;
}

/** What a form does with typed text before it becomes an event: NULs and broken surrogate halves dropped. */
export function cleanText(s: string): string {
  return s.replace(new RegExp(BAD_TEXT.source, 'g'), '');
}
