import { DEFAULT_SITE_SETTINGS } from '../config/site-settings';
import type { SiteSettings } from '../config/site-settings';
import type { Ticket } from '../tickets/state';
import { ALL_SKILLS, must } from './scenario';
import type { SimDevice } from './sim-device';

/**
 * A Scottish site worked by hand: its own configuration, changed mid-quarter.
 *
 * Version 1, saved Monday 2 November 2026 at 08:00: seen within 15 minutes, target 85%, Scotland's
 * bank holidays. Version 2, saved Tuesday 1 December at 08:00: 10 minutes, target 90%.
 *
 * | day        | issued | service     | desk | wait | standard | met? |
 * |------------|--------|-------------|------|------|----------|------|
 * | Fri 27 Nov | 09:00  | Council Tax | 1    | 12   | 15       | yes  |
 * | Fri 27 Nov | 09:01  | Council Tax | 2    | 14   | 15       | yes  |
 * | Fri 27 Nov | 09:02  | Housing     | 1    | 20   | 15       | no (and a complaint to Housing) |
 * | Fri 27 Nov | 09:03  | Benefits    | 3    | 3    | 15       | yes  |
 * | Tue 1 Dec  | 09:00  | Council Tax | 1    | 12   | 10       | no   |
 * | Tue 1 Dec  | 09:01  | Housing     | 2    | 5    | 10       | yes  |
 *
 * By hand: Friday 27 November 3 of 4 (75%), under the 85% target; November the same. The complaint
 * raised on Friday 27 November is acknowledged in 5 working days and answered in 10; Monday 30
 * November is St Andrew's Day, a bank holiday in Scotland only, so the dates are 7 and 14 December
 * (in England they would be 4 and 11). Quarter 3 (October to December): 4 of 6 (66.7%), judged
 * against 90%, the target in force on its last day; the standard was 15 minutes, then 10: "mixed".
 * Council Tax 2 of 3, Housing 1 of 2, Benefits 1 of 1 (at 15 minutes).
 */
export const SCOTTISH_SITE_V1: SiteSettings = { ...DEFAULT_SITE_SETTINGS, standardMinutes: 15, targetPercent: 85, holidayRegion: 'scotland' };
export const SCOTTISH_SITE_V2: SiteSettings = { ...SCOTTISH_SITE_V1, standardMinutes: 10, targetPercent: 90 };

export const FRIDAY = '2026-11-27';
export const TUESDAY = '2026-12-01';

const atUtc = (day: string, hh: number, mm: number) => Date.parse(`${day}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00Z`);

/** Plays the two configurations and six visits at one PC of the site; returns the complaint's ticket. */
export function scottishSite(pc: SimDevice): { complaint: Ticket } {
  pc.configure(Date.parse('2026-11-02T08:00:00Z'), SCOTTISH_SITE_V1, 'Supervisor PC', 'M. Reid');
  const friday = dayOfVisits(pc, FRIDAY, [
    { m: 0, service: 'council-tax', wait: 12, desk: '1' },
    { m: 1, service: 'council-tax', wait: 14, desk: '2' },
    { m: 2, service: 'housing', wait: 20, desk: '1', complaint: true },
    { m: 3, service: 'benefits', wait: 3, desk: '3' },
  ]);
  pc.configure(Date.parse('2026-12-01T08:00:00Z'), SCOTTISH_SITE_V2, 'Supervisor PC', 'M. Reid');
  dayOfVisits(pc, TUESDAY, [
    { m: 0, service: 'council-tax', wait: 12, desk: '1' },
    { m: 1, service: 'housing', wait: 5, desk: '2' },
  ]);
  return { complaint: friday[2]! };
}

interface Visit {
  m: number;
  service: string;
  wait: number;
  desk: string;
  complaint?: boolean;
}

function dayOfVisits(pc: SimDevice, day: string, visits: Visit[]): Ticket[] {
  const t = (m: number) => atUtc(day, 9, 0) + m * 60_000;
  for (const desk of ['1', '2', '3'])
    must(pc.desk(atUtc(day, 8, 45), { type: 'signOn', desk, services: ['council-tax', 'housing', 'benefits'], skills: ALL_SKILLS }));
  const tickets = visits.map((v) => must(pc.issue(t(v.m), day, v.service)));
  // In time order, as the day went: a desk finishes one customer before it calls the next.
  const steps = visits.flatMap((v, i) => {
    const id = tickets[i]!.id;
    const call = v.m + v.wait;
    return [
      {
        at: call,
        run: () => (
          must(pc.run(t(call), { type: 'call', ticketId: id, desk: v.desk, outOfTurnReason: 'hand-worked order' })),
          must(pc.run(t(call), { type: 'startServing', ticketId: id, desk: v.desk }))
        ),
      },
      {
        at: call + 5,
        run: () =>
          must(
            pc.run(t(call + 5), {
              type: 'complete',
              ticketId: id,
              desk: v.desk,
              outcome: 'resolved',
              avoidable: null,
              complaint: v.complaint ? { directorate: 'Housing', summary: 'repair not done' } : null,
            }),
          ),
      },
    ];
  });
  for (const s of steps.sort((a, b) => a.at - b.at)) s.run();
  for (const desk of ['1', '2', '3']) must(pc.desk(atUtc(day, 17, 0), { type: 'signOff', desk }));
  return tickets;
}
