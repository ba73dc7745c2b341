import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { londonDay } from '../../../../shared/calendar/london';
import { periodOf } from '../../../../shared/calendar/periods';
import type { PeriodKind } from '../../../../shared/calendar/periods';
import type { SliceBy } from '../../../../shared/figures/figures';
import { EXCLUSION_LABELS } from '../../../../shared/figures/service-level';
import type { ExclusionReason } from '../../../../shared/figures/service-level';
import { OUTCOMES, OUTCOME_LABELS } from '../../../../shared/config/site-config';
import { buildReport, reportCsv } from '../../../../shared/reports/report';
import { displayNumber } from '../../../../shared/tickets/state';
import { useSettings } from '../../app/SettingsContext';
import { useComplaintPolicy, useSiteConfig } from '../../app/useDevice';
import { Message } from '../../components/Message';
import type { Notice } from '../../components/Message';
import { mins, withCounts } from '../../components/format';
import { appDb } from '../../db/database';
import { useBridge } from '../../shell/BridgeContext';
import { useNow } from '../../state/clock';
import { measured } from '../../state/measure';
import { reportHtml } from './reportHtml';
import { StandardsTable } from './StandardsTable';

type Choice = PeriodKind | 'custom';

/** The figures the council reports: any period, sliced, with what was left out and why; CSV and print. */
export function ReportsScreen() {
  const config = useSiteConfig();
  const complaintPolicy = useComplaintPolicy();
  const { settings } = useSettings();
  const bridge = useBridge();
  const now = useNow(60_000);
  const today = londonDay(now);
  const [choice, setChoice] = useState<Choice>('day');
  const [custom, setCustom] = useState({ from: today, to: today });
  const [by, setBy] = useState<SliceBy>('service');
  const [notice, setNotice] = useState<Notice>(null);
  const period = choice === 'custom' ? { ...custom, label: `${custom.from} to ${custom.to}` } : periodOf(choice, today);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(period.from) && /^\d{4}-\d{2}-\d{2}$/.test(period.to) && period.from <= period.to;

  const tickets = useLiveQuery(() => (valid ? appDb().tickets.where('day').between(period.from, period.to, true, true).toArray() : []), [period.from, period.to, valid]);
  const target = settings.thresholds.targetPercent;
  const report = useMemo(
    () => (tickets ? measured('report-figures', () => buildReport(tickets, { from: period.from, to: period.to, by, asOf: now, targetPercent: target, complaintPolicy }), { tickets: tickets.length }) : null),
    [tickets, period.from, period.to, by, now, target, complaintPolicy],
  );
  const keyName = (k: string) => (by === 'service' ? (config.services.find((s) => s.id === k)?.name ?? k) : by === 'desk' ? (k.startsWith('(') ? k : `Desk ${k}`) : by === 'hour' ? `${k}:00` : k);
  const reasonName = (id: string) => config.ni14Reasons.find((r) => r.id === id)?.label ?? id;

  function exportCsv() {
    if (!report) return;
    const url = URL.createObjectURL(new Blob([reportCsv(report)], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${settings.siteId}-${period.from}-to-${period.to}-by-${by}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setNotice({ kind: 'ok', text: `Exported ${a.download}.` });
  }

  async function print() {
    if (!report) return;
    const r = await bridge.savePdf({ html: reportHtml(report, settings.siteName, period.label, keyName), fileName: `${settings.siteId}-${period.from}-to-${period.to}.pdf` });
    setNotice(r.ok ? { kind: 'ok', text: `Report saved to ${r.savedTo}.` } : { kind: 'error', text: `Report not saved: ${r.reason}` });
  }

  const sl = report?.total.serviceLevel;
  return (
    <div className="reports">
      <form className="report-controls" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="period">Period</label>
          <select id="period" value={choice} onChange={(e) => setChoice(e.target.value as Choice)}>
            <option value="day">Today</option>
            <option value="week">This week</option>
            <option value="month">This month</option>
            <option value="quarter">This quarter</option>
            <option value="custom">Custom dates</option>
          </select>
        </div>
        {choice === 'custom' && (
          <>
            <div className="field">
              <label htmlFor="from">From</label>
              <input id="from" type="date" value={custom.from} onChange={(e) => setCustom({ ...custom, from: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="to">To</label>
              <input id="to" type="date" value={custom.to} onChange={(e) => setCustom({ ...custom, to: e.target.value })} />
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor="by">Break down by</label>
          <select id="by" value={by} onChange={(e) => setBy(e.target.value as SliceBy)}>
            <option value="service">Service</option>
            <option value="desk">Desk</option>
            <option value="hour">Hour of day</option>
            <option value="day">Day</option>
          </select>
        </div>
        <div className="actions">
          <button type="button" onClick={exportCsv} disabled={!report}>
            Export CSV
          </button>
          <button type="button" onClick={() => void print()} disabled={!report}>
            Print or save as PDF
          </button>
        </div>
      </form>
      <Message notice={notice} />
      {!valid && <p role="alert">Choose a start date on or before the end date.</p>}
      {report && sl && (
        <>
          <h2>{period.label}</h2>
          <dl className="figures" aria-label="Figures for the period">
            <div data-testid="rep-service-level">
              <dt>Seen within {settings.thresholds.standardMinutes} minutes</dt>
              <dd>
                {withCounts(sl.percent, sl.met, sl.counted)} · target {target}%
              </dd>
            </div>
            <div data-testid="rep-waits">
              <dt>Wait (first)</dt>
              <dd>
                median {mins(report.total.firstWait.medianMs)}, 90th percentile {mins(report.total.firstWait.p90Ms)}
                {report.total.transferWait.count > 0 && ` · after transfer: median ${mins(report.total.transferWait.medianMs)} (${report.total.transferWait.count})`}
              </dd>
            </div>
            <div data-testid="rep-avoidable">
              <dt>Avoidable contact (NI14)</dt>
              <dd>{withCounts(report.total.contacts.avoidablePercent, report.total.contacts.avoidable, report.total.contacts.completed)}</dd>
            </div>
            <div data-testid="rep-first-contact">
              <dt>Resolved at first contact</dt>
              <dd>{withCounts(report.total.contacts.firstContactPercent, report.total.contacts.resolvedFirstContact, report.total.contacts.completed)}</dd>
            </div>
          </dl>
          <h3>Not counted in the service level</h3>
          <ul data-testid="rep-excluded">
            {(Object.keys(sl.excluded) as ExclusionReason[]).map((k) => (
              <li key={k}>
                {EXCLUSION_LABELS[k]}: {sl.excluded[k]}
              </li>
            ))}
          </ul>
          <table className="data" data-testid="rep-slices">
            <caption>By {by}</caption>
            <thead>
              <tr>
                <th scope="col">{by === 'service' ? 'Service' : by === 'desk' ? 'Desk' : by === 'hour' ? 'Hour' : 'Day'}</th>
                <th scope="col">Tickets</th>
                <th scope="col">Seen within standard</th>
                <th scope="col">Median wait</th>
                <th scope="col">90th percentile</th>
                <th scope="col">Avoidable</th>
                <th scope="col">First contact</th>
              </tr>
            </thead>
            <tbody>
              {report.slices.map(({ key, figures: f }) => (
                <tr key={key}>
                  <th scope="row">{keyName(key)}</th>
                  <td>{f.tickets}</td>
                  <td>{withCounts(f.serviceLevel.percent, f.serviceLevel.met, f.serviceLevel.counted)}</td>
                  <td>{mins(f.firstWait.medianMs)}</td>
                  <td>{mins(f.firstWait.p90Ms)}</td>
                  <td>{withCounts(f.contacts.avoidablePercent, f.contacts.avoidable, f.contacts.completed)}</td>
                  <td>{withCounts(f.contacts.firstContactPercent, f.contacts.resolvedFirstContact, f.contacts.completed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="data" data-testid="rep-ni14">
            <caption>Avoidable contact by reason (NI14)</caption>
            <thead>
              <tr>
                <th scope="col">Reason</th>
                <th scope="col">Contacts</th>
              </tr>
            </thead>
            <tbody>
              {config.ni14Reasons.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{reasonName(r.id)}</th>
                  <td>{report.total.contacts.avoidableByReason[r.id] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="data">
            <caption>Outcomes</caption>
            <tbody>
              {OUTCOMES.map((o) => (
                <tr key={o}>
                  <th scope="row">{OUTCOME_LABELS[o]}</th>
                  <td>{report.total.contacts.outcomes[o]}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
              {report.total.complaints.length === 0 ? (
                <tr>
                  <td colSpan={5}>None in this period.</td>
                </tr>
              ) : (
                report.total.complaints.map((c) => (
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
          <StandardsTable serviceLevel={sl} standardMinutes={settings.thresholds.standardMinutes} target={target} complaints={report.total.complaints.length} />
        </>
      )}
    </div>
  );
}
