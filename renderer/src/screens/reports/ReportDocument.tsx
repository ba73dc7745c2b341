import { OUTCOMES, OUTCOME_LABELS } from '../../../../shared/config/site-config';
import type { Ni14Reason } from '../../../../shared/config/site-config';
import { EXCLUSION_LABELS } from '../../../../shared/figures/service-level';
import type { ExclusionReason } from '../../../../shared/figures/service-level';
import { NEAREST_RANK_NOTE, SATISFACTION_LABELS, SLICE_HEADINGS, sliceLabel } from '../../../../shared/reports/labels';
import type { ReportNames } from '../../../../shared/reports/labels';
import type { Report } from '../../../../shared/reports/report';
import { displayNumber } from '../../../../shared/tickets/state';
import { HeadlineFigures } from '../../components/HeadlineFigures';
import { SliceTable } from '../../components/SliceTable';
import { SatisfactionList } from '../../components/SatisfactionList';
import { StandardsTable } from './StandardsTable';

export interface ReportDocumentProps {
  report: Report;
  names: ReportNames;
  periodLabel: string;
  standardMinutes: number;
  ni14Reasons: readonly Ni14Reason[];
}

/**
 * Everything a report says, once: the screen shows this, and the printed or
 * PDF report is this same markup (reportHtml.tsx), so print is never a
 * shorter copy of the screen.
 */
export function ReportDocument({ report, names, periodLabel, standardMinutes, ni14Reasons }: ReportDocumentProps) {
  const t = report.total;
  const sl = t.serviceLevel;
  const by = report.by;
  const directorates = Object.keys(t.complaintsByDirectorate).sort();
  const praised = Object.keys(t.complimentsByDirectorate).sort();
  return (
    <>
      <h2>{periodLabel}</h2>
      <HeadlineFigures figures={t} standardMinutes={standardMinutes} label="Figures for the period" testId="rep" waits live={false} />
      <p className="hint">{NEAREST_RANK_NOTE}</p>
      <h3>What customers said</h3>
      <SatisfactionList figures={t} testId="rep" live={false} />
      <CountTable
        testId="rep-faces"
        caption="How was your visit today? (the feedback screen)"
        heading="Answer"
        rows={SATISFACTION_LABELS.map((label, i) => [label, t.satisfaction.byScore[i]!])}
      />
      <h3>Not counted in the service level</h3>
      <ul data-testid="rep-excluded">
        {(Object.keys(sl.excluded) as ExclusionReason[]).map((k) => (
          <li key={k}>
            {EXCLUSION_LABELS[k]}: {sl.excluded[k]}
          </li>
        ))}
      </ul>
      {by && (
        <SliceTable
          testId="rep-slices"
          caption={`By ${SLICE_HEADINGS[by].toLowerCase()}`}
          heading={SLICE_HEADINGS[by]}
          columns={['tickets', 'seen', 'median', 'p90', 'avoidable', 'firstContact', 'satisfied', 'recommend']}
          rows={report.slices.map(({ key, figures }) => ({ key, label: sliceLabel(by, key, names), figures }))}
        />
      )}
      <CountTable testId="rep-ni14" caption="Avoidable contact by reason (NI14)" heading="Reason" rows={ni14Reasons.map((r) => [names.reason(r.id), t.contacts.avoidableByReason[r.id] ?? 0])} />
      <CountTable testId="rep-outcomes" caption="Outcomes" heading="Outcome" rows={OUTCOMES.map((o) => [OUTCOME_LABELS[o], t.contacts.outcomes[o]])} />
      <CountTable
        testId="rep-complaints-by-directorate"
        caption="Complaints by directorate"
        heading="Directorate"
        rows={directorates.length ? directorates.map((d) => [d, t.complaintsByDirectorate[d]!]) : [['None in this period', 0]]}
      />
      <CountTable
        testId="rep-compliments-by-directorate"
        caption="Compliments by directorate"
        heading="Directorate"
        rows={praised.length ? praised.map((d) => [d, t.complimentsByDirectorate[d]!]) : [['None in this period', 0]]}
      />
      <table className="data" data-testid="rep-complaints">
        <caption>Complaints raised at the counter</caption>
        <thead>
          <tr>
            <th scope="col">Ticket</th>
            <th scope="col">Directorate</th>
            <th scope="col">Raised</th>
            <th scope="col">Acknowledge by</th>
            <th scope="col">Respond by</th>
          </tr>
        </thead>
        <tbody>
          {t.complaints.length === 0 ? (
            <tr>
              <td colSpan={5}>None in this period.</td>
            </tr>
          ) : (
            t.complaints.map((c) => (
              <tr key={c.ticketId}>
                <th scope="row">{displayNumber(c.number)}</th>
                <td>{c.directorate}</td>
                <td>{c.raisedDay}</td>
                <td>{c.acknowledgeBy ?? c.dueNote}</td>
                <td>{c.respondBy ?? 'not known'}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <StandardsTable serviceLevel={sl} priorityServiceLevel={t.priorityServiceLevel} standardMinutes={standardMinutes} target={report.targetPercent} complaints={t.complaints.length} />
    </>
  );
}

function CountTable({ testId, caption, heading, rows }: { testId: string; caption: string; heading: string; rows: [string, number][] }) {
  return (
    <table className="data" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col">Count</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, n]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
