/**
 * An event's content as one string, the same wherever it is computed: keys
 * sorted at every level, no white space. The endpoint stores events as
 * JSONB, which does not keep key order, so "the same event" is decided on
 * this form: a re-send must match what is held, and the end-of-day digest
 * covers it, so a changed event cannot pass for the one held.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  // An object's keys are unique, so "not before" is "after".
  // Stryker disable next-line EqualityOperator: with no two keys equal, < and <= order alike
  entries.sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * An event's content as the record compares it: canonical JSON without the
 * customer's name or a feedback comment. Both are personal data that
 * retention removes from old events, on the PC and at the endpoint, at
 * different times; a purged copy is still the same event.
 */
export function eventContent(event: unknown): string {
  // Stryker disable next-line ConditionalExpression: a string or number past this line has no payload and leaves by the next: the same answer
  if (event === null || typeof event !== 'object') return canonicalJson(event);
  const e = event as { payload?: unknown };
  if (e.payload === null || typeof e.payload !== 'object') return canonicalJson(event);
  const { name: _name, comment: _comment, ...payload } = e.payload as Record<string, unknown>;
  return canonicalJson({ ...e, payload });
}
