import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvent } from './parse';

const good = {
  id: '0192f0c4-1a2b-7c3d-8e4f-0123456789ab',
  siteId: 'main-site',
  deviceId: '00000000-0000-4000-8000-000000000001',
  deviceSeq: 1,
  hlc: '001763888400000-00000-00000000-0000-4000-8000-000000000001',
  at: 1763888400000,
  type: 'ticket.issued',
  ticketId: '0192f0c4-1a2b-7c3d-8e4f-0123456789ac',
  payload: {
    number: 'C001',
    serviceId: 'council-tax',
    day: '2026-11-23',
    needs: { bsl: false, wheelchair: false, language: null },
    priority: false,
    standardMinutes: 10,
  },
  v: 1,
};

describe('parseEvent', () => {
  it('accepts a well-formed event', () => {
    expect(parseEvent(good)).toMatchObject({ ok: true, value: { type: 'ticket.issued' } });
  });

  it.each([
    ['an unknown type', { ...good, type: 'ticket.teleported' }, 'unknown-type', /ticket.teleported/],
    ['a newer schema version', { ...good, v: 2 }, 'unsupported-version', /version 2/],
    ['a bad payload', { ...good, payload: { ...good.payload, number: '14' } }, 'malformed', /payload: number/],
    ['a ticket event without a ticket', { ...good, ticketId: undefined }, 'malformed', /needs a ticketId/],
    ['a desk event with a ticket', { ...good, type: 'desk.paused', payload: { desk: '1' } }, 'malformed', /must not carry a ticketId/],
    ['a seq of zero', { ...good, deviceSeq: 0 }, 'malformed', /deviceSeq/],
    ['an extra field', { ...good, admin: true }, 'malformed', /admin|Unrecognized/i],
    ['not an object', 'ticket.issued', 'malformed', /.+/],
  ])('refuses %s with a typed reason', (_name, raw, code, message) => {
    const r = parseEvent(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
    }
  });

  it('never throws, whatever it is given (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ ...Object.fromEntries(Object.keys(good).map((k) => [k, fc.anything()])) })), (raw) => {
        const r = parseEvent(raw);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
