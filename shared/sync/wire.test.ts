import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINT_POLICY } from '../figures/contacts';
import { buildReport } from '../reports/report';
import type { Report } from '../reports/report';
import { workedMorning } from '../testing/worked-morning';
import {
  DayParams,
  ErrorBody,
  GapBody,
  LivePage,
  PullPage,
  PushAck,
  PushBody,
  ROUTES,
  ReportBody,
  ReportQuery,
  MAX_BATCH,
  openApiPath,
  routeUrl,
} from './wire';

// A report the server builds must be a report the wire schema accepts, in types and in values.
const sameShape: Report = null as unknown as ReportBody;
const sameShapeBack: ReportBody = null as unknown as Report;
void sameShape;
void sameShapeBack;

describe('the wire format', () => {
  it('accepts a real report, sliced, and refuses one with a figure missing', () => {
    const tickets = [...workedMorning().pc.tickets.values()];
    const report = buildReport(tickets, {
      from: '2026-03-02',
      to: '2026-03-02',
      by: 'service',
      asOf: Date.UTC(2026, 2, 2, 18),
      targetPercent: 80,
      complaintPolicy: DEFAULT_COMPLAINT_POLICY,
    });
    const wire = JSON.parse(JSON.stringify(report)) as unknown;
    expect(ReportBody.safeParse(wire).success).toBe(true);
    const { serviceLevel: _dropped, ...noServiceLevel } = report.total;
    expect(ReportBody.safeParse({ ...report, total: noServiceLevel }).success).toBe(false);
  });

  it('refuses an empty push and one over the batch limit', () => {
    expect(PushBody.safeParse({ events: [] }).success).toBe(false);
    expect(PushBody.safeParse({ events: Array(MAX_BATCH).fill({}) }).success).toBe(true);
    expect(PushBody.safeParse({ events: Array(MAX_BATCH + 1).fill({}) }).success).toBe(false);
    expect(PushBody.safeParse({ events: [{}], extra: 1 }).success).toBe(false);
  });

  it('tells a gap from any other refusal', () => {
    expect(GapBody.safeParse({ error: 'gap', reason: 'skips', expectedSeq: 4 }).success).toBe(true);
    expect(GapBody.safeParse({ error: 'wrong-site', reason: 'x', expectedSeq: 4 }).success).toBe(false);
    expect(ErrorBody.safeParse({ error: 'wrong-site', reason: 'x' }).success).toBe(true);
  });

  it('reads pages and acks as the server sends them, and not negative counts', () => {
    expect(PushAck.safeParse({ ackSeq: 3, stored: 3, serverTime: 1 }).success).toBe(true);
    expect(PushAck.safeParse({ ackSeq: -1, stored: 3, serverTime: 1 }).success).toBe(false);
    expect(PullPage.safeParse({ events: [], cursor: 0, more: false, serverTime: 1 }).success).toBe(true);
    expect(PullPage.safeParse({ events: [], cursor: 0, serverTime: 1 }).success).toBe(false);
    expect(LivePage.safeParse({ events: [], cursor: 0, serverTime: 1 }).success).toBe(true);
  });

  it('takes days and report periods only as real YYYY-MM-DD, in order', () => {
    expect(DayParams.safeParse({ day: '2026-02-30' }).success).toBe(false);
    expect(DayParams.safeParse({ day: '2028-02-29' }).success).toBe(true);
    expect(DayParams.safeParse({ day: '2026-13-01' }).success).toBe(false);
    expect(ReportQuery.safeParse({ from: '2026-04-01', to: '2026-03-01' }).success).toBe(false);
    expect(ReportQuery.parse({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      format: 'json',
    });
  });
});

describe('the routes, written once', () => {
  it('fill their parameters, encoded, relative to the endpoint’s address, and name them as OpenAPI does', () => {
    expect(routeUrl(ROUTES.events)).toBe('v1/events');
    expect(routeUrl(ROUTES.dayVerification, { day: '2026-11-23' })).toBe('v1/days/2026-11-23/verification');
    expect(routeUrl(ROUTES.dayVerification, { day: '../x?y' })).toBe('v1/days/..%2Fx%3Fy/verification');
    expect(openApiPath(ROUTES.dayVerification)).toBe('/v1/days/{day}/verification');
    expect(new Set(Object.values(ROUTES)).size).toBe(Object.keys(ROUTES).length);
  });
});
