import type { ServiceLevel } from '../../../../shared/figures/service-level';
import { withCounts } from '../../format';
import { shownPercent, ticketsJudged } from '../../../../shared/figures/service-level';

/**
 * The council's published service standards (Chorley's policy, docs/measurement.md),
 * with performance where this system measures it. Only face to face is
 * measured at reception; the other channels are reported by other systems.
 */
const performance = (sl: ServiceLevel) => (sl.counted ? `${withCounts(shownPercent(sl), sl.met, sl.counted)} ${sl.meetsTarget ? '✓ met' : '✗ not met'}` : 'No customers counted yet');

export function StandardsTable({
  serviceLevel: sl,
  priorityServiceLevel: pr,
  standardMinutes,
  target,
  complaints,
}: {
  serviceLevel: ServiceLevel;
  priorityServiceLevel: ServiceLevel;
  standardMinutes: number;
  target: number;
  complaints: number;
}) {
  const rows: [string, string, string, string, string][] = [
    ['Face to face (every customer)', 'n/a', `${standardMinutes} minutes`, `${target}%`, performance(sl)],
    // Priority customers again, apart, against their own standard: only when the period had any.
    ...(ticketsJudged(pr) > 0 ? [['Face to face, priority customers', 'n/a', 'their own (shorter) standard', `${target}%`, performance(pr)] as [string, string, string, string, string]] : []),
    ['Telephone', 'n/a', '20 seconds', '80%', 'Not measured by reception'],
    ['Text, email, website', '1 day', '2 working days', '80%', 'Not measured by reception'],
    ['Written', '5 working days', '7 working days', '80%', 'Not measured by reception'],
    ['Complaints', '5 working days', '10 working days', '80%', `${complaints} raised at the counter (due dates listed above)`],
  ];
  return (
    <table className="data" data-testid="rep-standards">
      <caption>Service standards and performance</caption>
      <thead>
        <tr>
          <th scope="col">Channel</th>
          <th scope="col">Acknowledgement</th>
          <th scope="col">Response standard</th>
          <th scope="col">Target</th>
          <th scope="col">Performance</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r[0]}>
            <th scope="row">{r[0]}</th>
            <td>{r[1]}</td>
            <td>{r[2]}</td>
            <td>{r[3]}</td>
            <td>{r[4]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
