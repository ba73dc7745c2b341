import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG } from '../config/site-config';
import { NO_NEEDS } from '../events/schema';
import { ALL_SKILLS, OPEN, at, must, site } from '../testing/scenario';
import { SimDevice } from '../testing/sim-device';
import { expectedWaitMs, remainingWaitMs } from './expected-wait';
import { recentServiceMinutes } from './service-times';
import { forecastBreaches } from './simulate';

const MIN = 60_000;
const sixMinutes = () => 6;

function oneDeskSite() {
  const pc = new SimDevice('00000000-0000-4000-8000-00000000e571', 'est-site', { slot: 0, slots: 1 });
  must(pc.desk(OPEN, { type: 'signOn', desk: '1', services: ['council-tax'], skills: ALL_SKILLS }));
  return pc;
}

describe('expected wait for a new arrival', () => {
  it('is zero with an idle desk and nobody waiting', () => {
    const pc = oneDeskSite();
    expect(
      expectedWaitMs(
        { serviceId: 'council-tax', needs: NO_NEEDS, priority: false, standardMinutes: 10 },
        { now: at(0), desks: pc.desks.values(), tickets: [], serviceMinutes: sixMinutes },
      ),
    ).toBe(0);
  });

  it('with one desk busy for 6 more minutes and two waiting at 6 minutes each: 18 minutes', () => {
    const pc = oneDeskSite();
    const serving = must(pc.issue(at(0), '2026-11-23', 'council-tax'));
    must(pc.run(at(0), { type: 'call', ticketId: serving.id, desk: '1' }));
    must(pc.run(at(0), { type: 'startServing', ticketId: serving.id, desk: '1' }));
    must(pc.issue(at(0), '2026-11-23', 'council-tax'));
    must(pc.issue(at(0), '2026-11-23', 'council-tax'));
    const wait = expectedWaitMs(
      { serviceId: 'council-tax', needs: NO_NEEDS, priority: false, standardMinutes: 10 },
      { now: at(0), desks: pc.desks.values(), tickets: [...pc.tickets.values()], serviceMinutes: sixMinutes },
    );
    expect(wait).toBe(18 * MIN);
  });

  it('counts tickets issued since the caller last read the clock: the new customer joins behind them', () => {
    const pc = oneDeskSite();
    const serving = must(pc.issue(at(0), '2026-11-23', 'council-tax'));
    must(pc.run(at(0), { type: 'call', ticketId: serving.id, desk: '1' }));
    must(pc.run(at(0), { type: 'startServing', ticketId: serving.id, desk: '1' }));
    // Five customers in the two seconds after the reception screen's clock last ticked.
    for (let s = 0; s < 5; s++) must(pc.issue(at(0) + 400 * (s + 1), '2026-11-23', 'council-tax'));
    const arrival = { serviceId: 'council-tax', needs: NO_NEEDS, priority: false, standardMinutes: 10 };
    const input = (now: number) => ({ now, desks: pc.desks.values(), tickets: [...pc.tickets.values()], serviceMinutes: sixMinutes });
    // By hand: the desk is free at 6 min, then five customers of 6 min each: the sixth is called at 36 min.
    const stale = expectedWaitMs(arrival, input(at(0)));
    const fresh = expectedWaitMs(arrival, input(at(0) + 2_000));
    expect(stale).toBe(36 * MIN - 2_000);
    expect(fresh).toBe(stale);
    // 35 s later, with nothing changed, the answer moves by the 35 s that passed, no more.
    expect(expectedWaitMs(arrival, input(at(0) + 35_000))).toBe(36 * MIN - 35_000);
  });

  it('tells the customer just issued their own wait, not the next arrival’s: four ahead at one desk of 8 minutes is 32, not 40', () => {
    const pc = oneDeskSite();
    const serving = must(pc.issue(at(0), '2026-11-23', 'council-tax'));
    must(pc.run(at(0), { type: 'call', ticketId: serving.id, desk: '1' }));
    must(pc.run(at(0), { type: 'startServing', ticketId: serving.id, desk: '1' }));
    for (let i = 0; i < 3; i++) must(pc.issue(at(0), '2026-11-23', 'council-tax'));
    const mine = must(pc.issue(at(0), '2026-11-23', 'council-tax'));
    const input = { now: at(0), desks: [...pc.desks.values()], tickets: [...pc.tickets.values()], serviceMinutes: () => 8 };
    // Ahead of C 005: the customer being served (8 more minutes) and three waiting.
    expect(remainingWaitMs(pc.tickets.get(mine.id)!, input)).toBe(32 * MIN);
    // The screen's clock a moment behind the ticket's own arrival: still from the arrival.
    expect(remainingWaitMs(pc.tickets.get(mine.id)!, { ...input, now: at(0) - 2_000 })).toBe(32 * MIN);
    expect(expectedWaitMs({ serviceId: 'council-tax', needs: NO_NEEDS, priority: false, standardMinutes: 10 }, input)).toBe(40 * MIN);
    // A customer already at the desk has no wait to tell.
    expect(remainingWaitMs(pc.tickets.get(serving.id)!, input)).toBeNull();
  });

  it('is unknown when no open desk covers the service', () => {
    const pc = oneDeskSite();
    expect(
      expectedWaitMs(
        { serviceId: 'planning', needs: NO_NEEDS, priority: false, standardMinutes: 10 },
        { now: at(0), desks: pc.desks.values(), tickets: [], serviceMinutes: sixMinutes },
      ),
    ).toBeNull();
  });
});

describe('breach forecast at current staffing', () => {
  it('names the waiting tickets that will pass 10 minutes, soonest first', () => {
    const pc = oneDeskSite();
    const tickets = [0, 1, 2].map((m) => must(pc.issue(at(m), '2026-11-23', 'council-tax')));
    // One desk, 6 minutes each: called at 2, 8, 14 → the third (issued at 2, due at 12) breaches by 2 minutes.
    const f = forecastBreaches({ now: at(2), desks: pc.desks.values(), tickets: [...pc.tickets.values()], serviceMinutes: sixMinutes });
    expect(f).toEqual([
      {
        ticketId: tickets[2]!.id,
        number: 'C003',
        serviceId: 'council-tax',
        needs: NO_NEEDS,
        priority: false,
        deadline: at(12),
        predictedCallAt: at(14),
        lateByMs: 2 * MIN,
        willBreach: true,
        wait: 'first',
      },
    ]);
  });

  it('a second desk signing on clears the forecast', () => {
    const pc = oneDeskSite();
    [0, 1, 2].forEach((m) => must(pc.issue(at(m), '2026-11-23', 'council-tax')));
    must(pc.desk(at(2), { type: 'signOn', desk: '2', services: ['council-tax'], skills: ALL_SKILLS }));
    expect(forecastBreaches({ now: at(2), desks: pc.desks.values(), tickets: [...pc.tickets.values()], serviceMinutes: sixMinutes })).toEqual([]);
  });
});

describe('recent service times', () => {
  it('use the median of recent contacts, and the site default before there are any', () => {
    const s = site();
    [3, 5, 30].forEach((length, i) => {
      const t = s.issue(i);
      s.call(i + 1, t);
      s.serve(i + 1, t);
      s.finish(i + 1 + length, t);
    });
    const minutes = recentServiceMinutes(s.pc.tickets.values(), DEFAULT_SITE_CONFIG);
    expect(minutes('council-tax')).toBe(5);
    expect(minutes('planning')).toBe(DEFAULT_SITE_CONFIG.defaultServiceMinutes);
  });
});
