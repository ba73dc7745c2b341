import type { Figures } from '../../../shared/figures/figures';
import { mins, withCounts } from '../format';
import { shownPercent } from '../../../shared/figures/service-level';

/**
 * One table of figures by slice (service, desk, hour, day), for the reports
 * (and their print) and the supervisor's screen: the same columns read the
 * same way everywhere, rates always with their counts.
 */
export type SliceColumn = 'tickets' | 'arrivals' | 'waiting' | 'seen' | 'median' | 'p90' | 'avoidable' | 'firstContact' | 'satisfied' | 'recommend';

const HEADINGS: Record<SliceColumn, string> = {
  tickets: 'Tickets',
  arrivals: 'Arrivals',
  waiting: 'Waiting',
  seen: 'Seen within standard',
  median: 'Median wait (nearest rank)',
  p90: '90th percentile (nearest rank)',
  avoidable: 'Avoidable',
  firstContact: 'First contact',
  satisfied: 'Satisfied',
  recommend: 'Would recommend',
};

export interface SliceRow {
  key: string;
  label: string;
  figures: Figures;
  waiting?: number;
}

function cell(column: SliceColumn, row: SliceRow): string | number {
  const f = row.figures;
  switch (column) {
    case 'tickets':
    case 'arrivals':
      return f.tickets;
    case 'waiting':
      return row.waiting ?? 0;
    case 'seen':
      return withCounts(shownPercent(f.serviceLevel), f.serviceLevel.met, f.serviceLevel.counted, 'no customers counted');
    case 'median':
      return mins(f.firstWait.medianMs);
    case 'p90':
      return mins(f.firstWait.p90Ms);
    case 'avoidable':
      return withCounts(f.contacts.avoidablePercent, f.contacts.avoidable, f.contacts.completed, 'no contacts finished');
    case 'firstContact':
      return withCounts(f.contacts.firstContactPercent, f.contacts.resolvedFirstContact, f.contacts.completed, 'no contacts finished');
    case 'satisfied': {
      const s = f.satisfaction.satisfaction;
      return withCounts(shownPercent(s), s.satisfied, s.answers, 'no answers');
    }
    case 'recommend': {
      const r = f.satisfaction.recommend;
      return withCounts(r.percent, r.yes, r.answers, 'no answers');
    }
  }
}

export function SliceTable({
  testId,
  caption,
  heading,
  columns,
  rows,
}: {
  testId: string;
  caption: string;
  heading: string;
  columns: readonly SliceColumn[];
  rows: readonly SliceRow[];
}) {
  return (
    <table className="data" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          {columns.map((c) => (
            <th scope="col" key={c}>
              {HEADINGS[c]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {columns.map((c) => (
              <td key={c}>{cell(c, row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
