import { halfStandard } from '../../shared/config/site-settings';
import type { SiteSettings } from '../../shared/config/site-settings';
import { seededRandom } from '../../shared/estimates/seeded-random';
import { isDeskEvent } from '../../shared/events/schema';
import type { DeskEvent, DomainEvent } from '../../shared/events/schema';
import { PLANNER_SEED, SIMULATED_DAYS, checkDay, settlePlan } from '../../shared/planner/check';
import type { SlotCheck } from '../../shared/planner/check';
import { forecastFrom, plannerWindow } from '../../shared/planner/forecast';
import type { Forecast } from '../../shared/planner/forecast';
import { desksOpenBySlot, planWeek } from '../../shared/planner/plan';
import type { SlotPlan } from '../../shared/planner/plan';
import type { Queryable } from '../db/adapter';
import { ticketsFor } from '../devices/read';
import { currentSiteOf } from './site-config';

/**
 * A site's staffing plan at the endpoint, for the officer's page: the same forecast, Erlang and
 * seeded simulation as the site's PCs (shared/planner), from the events the endpoint holds and
 * the site's own configuration. The simulation yields to other requests between weekdays, so
 * the PCs' sync and call claims are never held up behind an officer's plan.
 */
export interface SitePlan {
  site: SiteSettings;
  from: string;
  to: string;
  openDays: string[];
  forecast: Forecast;
  /** The share of time away from the desk the advisors were rostered for. */
  shrinkagePercent: number;
  plan: SlotPlan[];
}

/** Shrinkage: as asked, else the site's configured share. */
export async function sitePlan(db: Queryable, siteId: string, today: string, weeks: number, shrinkage?: number): Promise<SitePlan> {
  const site = await currentSiteOf(db, siteId);
  const { from, to, openDays } = plannerWindow(today, weeks, site);
  const [tickets, desks] = await Promise.all([
    ticketsFor(db, [siteId], from, to),
    db.query<{ body: DomainEvent }>(`SELECT body FROM events WHERE site_id = $1 AND type LIKE 'desk.%' AND day >= $2 AND day <= $3`, [siteId, from, to]),
  ]);
  const deskEvents: DeskEvent[] = desks.rows.map((r) => r.body).filter(isDeskEvent);
  const forecast = forecastFrom(tickets, openDays);
  const rules = { standardMinutes: site.standardMinutes, targetPercent: site.targetPercent, shrinkagePercent: 0 };
  const erlang = planWeek(forecast, rules, desksOpenBySlot(deskEvents, openDays));
  const simulation = {
    standardMinutes: site.standardMinutes,
    priorityStandardMinutes: site.priorityStandardMinutes ?? halfStandard(site.standardMinutes),
    targetPercent: site.targetPercent,
    days: SIMULATED_DAYS,
    random: () => seededRandom(PLANNER_SEED).next,
  };
  const checks: SlotCheck[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    await new Promise((resolve) => setImmediate(resolve));
    checks.push(...checkDay(forecast, erlang.filter((p) => p.weekday === weekday), simulation));
  }
  const shrinkagePercent = shrinkage ?? site.shrinkagePercent;
  return { site, from, to, openDays, forecast, shrinkagePercent, plan: settlePlan(erlang, checks, shrinkagePercent) };
}
