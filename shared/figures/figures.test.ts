import { DEFAULT_COMPLAINT_POLICY } from './contacts';
import { describe, expect, it } from 'vitest';
import { at, site } from '../testing/scenario';
import { workedMorning } from '../testing/worked-morning';
import { computeFigures, inDayRange, sliceFigures } from './figures';
import type { FigureOptions } from './figures';

const opts: FigureOptions = { asOf: at(120), targetPercent: 80, complaintPolicy: DEFAULT_COMPLAINT_POLICY };

const morning = workedMorning;

describe('the council’s figures', () => {
  it('counts avoidable contact (NI14) and first point of contact resolution over completed contacts', () => {
    const f = computeFigures([...morning().pc.tickets.values()], opts);
    expect(f.contacts).toMatchObject({
      completed: 5,
      avoidable: 2,
      avoidablePercent: 40,
      avoidableByReason: { 'progress-chasing': 1, clarification: 1 },
      resolvedFirstContact: 3,
      firstContactPercent: 60,
      outcomes: { resolved: 3, referred: 1, appointment: 1, signposted: 0, unresolved: 0 },
    });
    expect(f.serviceLevel).toMatchObject({ met: 4, missed: 1, counted: 5, percent: 80, meetsTarget: true });
  });

  it('summarises waits: median and 90th percentile by nearest rank', () => {
    const f = computeFigures([...morning().pc.tickets.values()], opts);
    expect(f.firstWait).toEqual({ count: 5, medianMs: 6 * 60_000, p90Ms: 12 * 60_000, meanMs: 6.4 * 60_000, maxMs: 12 * 60_000 });
    expect(f.transferWait.count).toBe(0);
  });

  it('lists a counter complaint with its due dates in working days', () => {
    const f = computeFigures([...morning().pc.tickets.values()], opts);
    expect(f.complaints).toEqual([
      expect.objectContaining({ number: 'H001', directorate: 'Housing', raisedDay: '2026-11-23', acknowledgeBy: '2026-11-30', respondBy: '2026-12-07' }),
    ]);
    expect(f.complaintsByDirectorate).toEqual({ Housing: 1 });
  });

  it('slices by service, desk and hour, and the slices add up to the whole', () => {
    const tickets = [...morning().pc.tickets.values()];
    const byService = sliceFigures(tickets, 'service', opts);
    expect(byService.map((x) => [x.key, x.figures.serviceLevel.met, x.figures.serviceLevel.counted])).toEqual([
      ['benefits', 1, 1],
      ['council-tax', 2, 2],
      ['housing', 1, 2],
    ]);
    expect(sliceFigures(tickets, 'desk', opts).map((x) => [x.key, x.figures.tickets])).toEqual([
      ['1', 2],
      ['2', 2],
      ['3', 1],
    ]);
    expect(sliceFigures(tickets, 'hour', opts).map((x) => [x.key, x.figures.tickets])).toEqual([
      ['09', 4],
      ['10', 1],
    ]);
    for (const by of ['day', 'hour', 'service', 'desk', 'site'] as const) {
      const slices = sliceFigures(tickets, by, opts);
      expect(slices.reduce((n, x) => n + x.figures.serviceLevel.counted, 0)).toBe(5);
      expect(slices.reduce((n, x) => n + x.figures.contacts.avoidable, 0)).toBe(2);
    }
  });

  it('reports the wait after a transfer separately from the first wait', () => {
    const s = site();
    const t = s.issue(0);
    s.call(3, t);
    s.serve(3, t);
    s.transfer(6, t, 'housing');
    s.call(20, t, '2');
    s.serve(20, t, '2');
    const f = computeFigures([s.ticket(t)], opts);
    expect(f.firstWait.medianMs).toBe(3 * 60_000);
    expect(f.transferWait).toMatchObject({ count: 1, medianMs: 14 * 60_000 });
    expect(f.serviceLevel.met).toBe(1);
  });

  it('selects a period by service day', () => {
    const tickets = [...morning().pc.tickets.values()];
    expect(inDayRange(tickets, '2026-11-23', '2026-11-23')).toHaveLength(5);
    expect(inDayRange(tickets, '2026-11-24', '2026-11-30')).toHaveLength(0);
  });
});
