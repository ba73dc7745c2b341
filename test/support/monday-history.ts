import { DEFAULT_SITE_CONFIG } from '../../shared/config/site-config';
import { ALL_SKILLS, must, newDeviceId } from '../../shared/testing/scenario';
import { SimDevice } from '../../shared/testing/sim-device';
import { appDb } from '../../renderer/src/db/database';
import { mergeRemoteEvents } from '../../renderer/src/db/merge';

const MIN = 60_000;
/** Winter Mondays (09:00 UTC is 09:00 in the UK) before Monday 28 December 2026; Christmas Day falls in the window and is left out. */
export const MONDAYS = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21'];

/**
 * Eight Monday mornings worked by hand, for the planner and the supervisor's next-hour line: four
 * desks open 09:00–10:30, fifteen council-tax customers between 09:00 and 09:28, each called a
 * minute after arriving and eight minutes at the desk. 30 an hour at 8 minutes is a load of 4:
 * Erlang C says 5 desks see 80% within 10 minutes (84.1%). Written to this PC's database.
 */
export async function seedMondayHistory(): Promise<SimDevice> {
  const pc = mondayHistoryOn(new SimDevice(newDeviceId(), 'main-site', { slot: 0, slots: 1 }));
  await mergeRemoteEvents(appDb(), JSON.parse(JSON.stringify([...pc.log.values()])));
  return pc;
}

/** The same Mondays worked on a device of one's own (an endpoint test's enrolled PC): its log holds them. */
export function mondayHistoryOn(pc: SimDevice): SimDevice {
  for (const day of MONDAYS) {
    const nine = Date.parse(`${day}T09:00:00Z`);
    for (const desk of ['1', '2', '3', '4'])
      must(pc.desk(nine, { type: 'signOn', desk, services: DEFAULT_SITE_CONFIG.services.map((s) => s.id), skills: ALL_SKILLS }));
    for (let i = 0; i < 15; i++) {
      const t = must(pc.issue(nine + 2 * i * MIN, day, 'council-tax'));
      const desk = String((i % 4) + 1);
      const called = nine + (2 * i + 1) * MIN;
      must(pc.run(called, { type: 'call', ticketId: t.id, desk }));
      must(pc.run(called, { type: 'startServing', ticketId: t.id, desk }));
      must(pc.run(called + 8 * MIN, { type: 'complete', ticketId: t.id, desk, outcome: 'resolved', avoidable: null, complaint: null }));
    }
    for (const desk of ['1', '2', '3', '4']) must(pc.desk(nine + 90 * MIN, { type: 'signOff', desk }));
  }
  return pc;
}
