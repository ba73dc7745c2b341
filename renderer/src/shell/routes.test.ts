import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTE, ROUTES, hrefFor, routeFromHash } from './routes';

describe('hash routes', () => {
  it('opens every screen by its own link, with or without a query after it', () => {
    for (const r of ROUTES) {
      expect(routeFromHash(hrefFor(r.id))).toBe(r.id);
      expect(routeFromHash(`${hrefFor(r.id)}?from=2026-01-01`)).toBe(r.id);
    }
  });

  it('opens End of day from the link it had before it was renamed, and Reception for anything unknown', () => {
    expect(routeFromHash('#/close')).toBe('end-of-day');
    expect(routeFromHash('#/nowhere')).toBe(DEFAULT_ROUTE);
    expect(routeFromHash('')).toBe(DEFAULT_ROUTE);
  });
});
