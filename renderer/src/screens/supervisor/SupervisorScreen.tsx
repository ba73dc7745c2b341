import { useMemo } from 'react';
import { supervisorView } from '../../../../shared/figures/supervisor';
import { namesOf, sliceLabel } from '../../../../shared/reports/labels';
import { formatDuration } from '../../../../shared/queue/bands';
import { displayNumber } from '../../../../shared/tickets/state';
import { useComplaintPolicy, useSiteConfig, useSiteSettings } from '../../app/useDevice';
import { BarChart } from '../../components/BarChart';
import { SliceTable } from '../../components/SliceTable';
import { HeadlineFigures } from '../../components/HeadlineFigures';
import { SatisfactionList } from '../../components/SatisfactionList';
import { timeOfDay, pct } from '../../format';
import { useDesks, useTodaysTickets } from '../../data/hooks';
import { useNow } from '../../state/now';
import { measured } from '../../state/measure';
import { NearBreachAlert } from './NearBreachAlert';
import { BreachForecastTable } from './BreachForecastTable';
import { NextHourLine } from './NextHourLine';

/** The supervisor's live screen: today at this site, refreshed as desks work and every few seconds. */
export function SupervisorScreen() {
  const tickets = useTodaysTickets();
  const desks = useDesks();
  const config = useSiteConfig();
  const complaintPolicy = useComplaintPolicy();
  const now = useNow(5000);
  const site = useSiteSettings();
  const target = site.targetPercent;
  const satisfactionTarget = site.satisfactionTargetPercent;
  const view = useMemo(
    () =>
      tickets && desks
        ? measured('supervisor-figures', () =>
            supervisorView(tickets, desks, config, { asOf: now, targetPercent: target, complaintPolicy, satisfactionTargetPercent: satisfactionTarget }),
          )
        : null,
    [tickets, desks, config, now, target, satisfactionTarget, complaintPolicy],
  );
  const names = useMemo(() => namesOf(config), [config]);
  if (!view || !tickets) return <p role="status">Loading today’s figures…</p>;

  return (
    <div className="supervisor">
      <HeadlineFigures figures={view.today} standardMinutes={site.standardMinutes} label="Today at a glance" testId="sup" className="figures big-figures">
        <div data-testid="sup-waiting">
          <dt>Waiting now</dt>
          <dd>{view.waiting}</dd>
        </div>
        <div data-testid="sup-longest">
          <dt>Longest wait</dt>
          <dd>{view.waiting ? formatDuration(view.longestWaitMs) : '–'}</dd>
        </div>
      </HeadlineFigures>

      <NextHourLine tickets={tickets} desksOpen={view.byDesk.filter((d) => d.status === 'open').length} waitingNow={view.waiting} now={now} />

      <NearBreachAlert tickets={tickets} nearBreachMinutes={config.nearBreachMinutes} serviceName={names.service} />

      <h2>Breaches coming at current staffing</h2>
      <BreachForecastTable forecast={view.forecast} desks={desks ?? []} config={config} now={now} />

      <h2>By service</h2>
      <SliceTable
        testId="by-service"
        caption="Today by service"
        heading="Service"
        columns={['waiting', 'seen', 'median', 'avoidable', 'firstContact', 'satisfied']}
        rows={view.byService.map(({ key, waiting, figures }) => ({ key, label: sliceLabel('service', key, names), waiting, figures }))}
      />

      <h2>What customers said today</h2>
      <SatisfactionList figures={view.today} testId="sup" />

      <h2>Desks</h2>
      {view.byDesk.length === 0 ? (
        <p className="empty">No desk has signed on today.</p>
      ) : (
        <table className="data" data-testid="by-desk">
          <caption>Who is serving, for how long, and who is free</caption>
          <thead>
            <tr>
              <th scope="col">Desk</th>
              <th scope="col">State</th>
              <th scope="col">Customer</th>
              <th scope="col">Served today</th>
            </tr>
          </thead>
          <tbody>
            {view.byDesk.map((d) => (
              <tr key={d.desk}>
                <th scope="row">{sliceLabel('desk', d.desk, names)}</th>
                <td>
                  {d.status === 'closed'
                    ? 'Signed off'
                    : d.status === 'paused'
                      ? `Paused since ${timeOfDay(d.since)}${d.pauseReason ? `: ${d.pauseReason}` : ''}`
                      : d.ticket
                        ? 'Busy'
                        : 'Free'}
                </td>
                <td>{d.ticket ? `${displayNumber(d.ticket.number)}, ${d.ticket.state} for ${formatDuration(now - d.ticket.since)}` : '–'}</td>
                <td>{d.servedToday}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Arrivals and waits by hour</h2>
      <figure className="chart">
        <BarChart label="Arrivals by hour" bars={view.byHour.map((h) => ({ key: h.key, value: h.figures.tickets }))} />
        <figcaption>Customers arriving in each hour today.</figcaption>
      </figure>
      <SliceTable
        testId="by-hour"
        caption="Arrivals and waits by hour"
        heading="Hour"
        columns={['arrivals', 'seen', 'median']}
        rows={view.byHour.map(({ key, figures }) => ({ key, label: sliceLabel('hour', key, names), figures }))}
      />
      <p className="hint">Target: {pct(target)} of customers seen within the standard.</p>
    </div>
  );
}
