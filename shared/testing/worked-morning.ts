import { DEFAULT_SITE_CONFIG } from '../config/site-config';
import { site } from './scenario';
import type { SimDevice } from './sim-device';

/**
 * A hand-worked morning on Monday 23 November 2026, five completed contacts:
 *
 * | ticket | issued | service     | desk | wait | outcome     | avoidable        |
 * |--------|--------|-------------|------|------|-------------|------------------|
 * | C001   | 09:00  | Council Tax | 1    | 4    | resolved    | progress chasing |
 * | C002   | 09:01  | Council Tax | 2    | 6    | resolved    |                  |
 * | H001   | 09:02  | Housing     | 3    | 12   | referred    | clarification (and a complaint to Housing) |
 * | H002   | 09:03  | Housing     | 1    | 8    | appointment |                  |
 * | B001   | 10:04  | Benefits    | 2    | 2    | resolved    |                  |
 *
 * By hand: 4 met of 5 (80%); waits 2, 4, 6, 8, 12 minutes, so the median by
 * nearest rank is the 3rd (6) and the p90 the 5th (12); NI14 2 of 5 (40%);
 * first contact 3 of 5 (60%).
 */
export function workedMorning(pc?: SimDevice) {
  const s = site(DEFAULT_SITE_CONFIG, pc);
  const visits = [
    { m: 0, service: 'council-tax', wait: 4, desk: '1', outcome: 'resolved' as const, avoidable: { reasonId: 'progress-chasing' } },
    { m: 1, service: 'council-tax', wait: 6, desk: '2', outcome: 'resolved' as const, avoidable: null },
    { m: 2, service: 'housing', wait: 12, desk: '3', outcome: 'referred' as const, avoidable: { reasonId: 'clarification' } },
    { m: 3, service: 'housing', wait: 8, desk: '1', outcome: 'appointment' as const, avoidable: null },
    { m: 64, service: 'benefits', wait: 2, desk: '2', outcome: 'resolved' as const, avoidable: null },
  ];
  const tickets = visits.map((v) => ({ v, t: s.issue(v.m, v.service) }));
  // In time order, as the day went: a desk finishes one customer before it calls the next.
  const actions = tickets.flatMap(({ v, t }) => [
    { at: v.m + v.wait, run: () => (s.call(v.m + v.wait, t, v.desk, 'test order'), s.serve(v.m + v.wait, t, v.desk)) },
    {
      at: v.m + v.wait + 5,
      run: () =>
        s.finish(v.m + v.wait + 5, t, v.desk, {
          outcome: v.outcome,
          avoidable: v.avoidable,
          complaint: v.m === 2 ? { directorate: 'Housing', summary: 'repair not done' } : null,
        }),
    },
  ]);
  for (const a of actions.sort((x, y) => x.at - y.at)) a.run();
  return s;
}
