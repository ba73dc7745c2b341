import type { SiteConfig } from '../../../../shared/config/site-config';
import { serviceById } from '../../../../shared/config/site-config';
import { languageName } from '../../../../shared/config/languages';
import type { DeskState } from '../../../../shared/desks/desk';
import type { BreachForecast } from '../../../../shared/estimates/simulate';
import { whyNoDesk } from '../../../../shared/estimates/no-desk';
import { displayNumber } from '../../../../shared/tickets/state';
import { mins, timeOfDay } from '../../format';
import { needLabels } from '../../components/NeedsBadges';

/**
 * Who will pass the standard if the desks keep going as they are, with the
 * service and needs (so the supervisor knows whom to move), and for a
 * customer no open desk can serve, why, and how late they are already.
 */
export function BreachForecastTable({ forecast, desks, config, now }: { forecast: BreachForecast[]; desks: DeskState[]; config: SiteConfig; now: number }) {
  if (forecast.length === 0) return <p className="empty">At the current pace every waiting customer will be called within the standard.</p>;
  return (
    <table className="data" data-testid="forecast">
      <caption>Customers expected to pass the standard if the desks keep going as they are</caption>
      <thead>
        <tr>
          <th scope="col">Ticket</th>
          <th scope="col">Service</th>
          <th scope="col">Needs</th>
          <th scope="col">Reaches the standard</th>
          <th scope="col">Expected call</th>
          <th scope="col">Late by</th>
        </tr>
      </thead>
      <tbody>
        {forecast.map((f) => {
          const service = serviceById(config, f.serviceId)?.name ?? f.serviceId;
          const uncovered = f.predictedCallAt === null;
          return (
            <tr key={f.ticketId}>
              <th scope="row">
                {displayNumber(f.number)}
                {f.wait === 'transfer' ? ' (after transfer)' : ''}
              </th>
              <td>{service}</td>
              <td>{needLabels(f.needs, f.priority).join(', ') || '–'}</td>
              <td>{timeOfDay(f.deadline)}</td>
              <td>{uncovered ? whyNoDesk(f.serviceId, service, f.needs, desks, languageName) : timeOfDay(f.predictedCallAt!)}</td>
              <td>{uncovered ? (f.deadline < now ? `${mins(f.lateByMs)} already` : 'Will pass it') : mins(f.lateByMs)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
