import { useMemo, useState } from 'react';
import { isDay } from '../../../../shared/calendar/day';
import { periodOf } from '../../../../shared/calendar/periods';
import type { SliceBy } from '../../../../shared/figures/figures';
import { namesOf } from '../../../../shared/reports/labels';
import { buildReport, reportCsv } from '../../../../shared/reports/report';
import { ni14ReturnCsv, serviceLevelReturnCsv } from '../../../../shared/reports/returns';
import { useSettings } from '../../app/SettingsContext';
import { useComplaintPolicy, useSite } from '../../app/useDevice';
import { siteOnDay } from '../../../../shared/config/site-history';
import { siteConfigOf } from '../../../../shared/config/site-settings';
import { Message } from '../../components/Message';
import type { Notice } from '../../components/Message';
import { useToday } from '../../data/hooks';
import { ticketsForReport, useReportTickets } from '../../data/reports';
import { useBridge } from '../../bridge/BridgeContext';
import { useNow } from '../../state/now';
import { measured } from '../../state/measure';
import { downloadCsv } from './download';
import { ReportControls } from './ReportControls';
import type { PeriodChoice } from './ReportControls';
import { ReportDocument } from './ReportDocument';
import { reportHtml } from './reportHtml';

/** The figures the council reports: any period, sliced, with what was left out and why; CSV, the returns and print. */
export function ReportsScreen() {
  const complaintPolicy = useComplaintPolicy();
  const { settings } = useSettings();
  const bridge = useBridge();
  const now = useNow(60_000);
  const today = useToday();
  const [choice, setChoice] = useState<PeriodChoice>('day');
  const [custom, setCustom] = useState({ from: today, to: today });
  const [by, setBy] = useState<SliceBy>('service');
  const [notice, setNotice] = useState<Notice>(null);
  const period = choice === 'custom' ? { ...custom, label: `${custom.from} to ${custom.to}` } : periodOf(choice, today);
  const valid = isDay(period.from) && isDay(period.to) && period.from <= period.to;

  const tickets = useReportTickets(valid ? period.from : null, period.to);
  // The period is judged by the site's configuration in force on its last day, as the endpoint judges it.
  const site = useSite();
  const judgedBy = siteOnDay(site.versions, period.to, site.beforeAnyVersion);
  const target = judgedBy.targetPercent;
  const satisfactionTarget = judgedBy.satisfactionTargetPercent;
  const figureOpts = useMemo(
    () => ({ asOf: now, targetPercent: target, complaintPolicy, satisfactionTargetPercent: satisfactionTarget }),
    [now, target, complaintPolicy, satisfactionTarget],
  );
  const report = useMemo(
    () => (tickets ? measured('report-figures', () => buildReport(tickets, { from: period.from, to: period.to, by, ...figureOpts }), { tickets: tickets.length }) : null),
    [tickets, period.from, period.to, by, figureOpts],
  );
  // Names as the endpoint gives them: the configuration in force on the period's last day.
  const config = useMemo(() => siteConfigOf(judgedBy), [judgedBy]);
  const names = useMemo(() => namesOf(config), [config]);
  const month = periodOf('month', valid ? period.from : today);
  const quarter = periodOf('quarter', valid ? period.from : today);

  function exportCsv() {
    if (!report) return;
    const name = downloadCsv(reportCsv(report, names), `${settings.siteId}-${period.from}-to-${period.to}-by-${by}.csv`);
    setNotice({ kind: 'ok', text: `Exported ${name}.` });
  }

  async function exportReturn(kind: 'ni14' | 'service-level') {
    const p = kind === 'ni14' ? month : quarter;
    // A return is judged by the configuration in force on its own period's last day, as the endpoint's.
    const s = siteOnDay(site.versions, p.to, site.beforeAnyVersion);
    const c = siteConfigOf(s);
    const opts = { ...figureOpts, targetPercent: s.targetPercent, satisfactionTargetPercent: s.satisfactionTargetPercent };
    const sites = [{ siteId: settings.siteId, tickets: await ticketsForReport(p.from, p.to, today) }];
    const csv = kind === 'ni14' ? ni14ReturnCsv(p.label, sites, c.ni14Reasons, namesOf(c), opts) : serviceLevelReturnCsv(p.label, sites, namesOf(c), opts);
    const name = downloadCsv(csv, `${settings.siteId}-${kind === 'ni14' ? 'ni14-return' : 'seen-within-standard-return'}-${p.from}-to-${p.to}.csv`);
    setNotice({ kind: 'ok', text: `Exported ${name}.` });
  }

  async function print() {
    if (!report) return;
    const html = reportHtml(settings.siteName, { report, names, periodLabel: period.label, standardMinutes: judgedBy.standardMinutes, ni14Reasons: config.ni14Reasons });
    const r = await bridge.savePdf({ html, fileName: `${settings.siteId}-${period.from}-to-${period.to}.pdf` });
    if (!r.ok) setNotice({ kind: 'error', text: `Report not saved: ${r.error.message}` });
    else if ('savedTo' in r.value) setNotice({ kind: 'ok', text: `Report saved to ${r.value.savedTo}.` });
    else setNotice({ kind: 'ok', text: 'The report went to the print dialog: choose a printer, or “Save as PDF”.' });
  }

  return (
    <div className="reports">
      <ReportControls
        choice={choice}
        onChoice={setChoice}
        custom={custom}
        onCustom={setCustom}
        by={by}
        onBy={setBy}
        returns={report ? { month: month.label, quarter: quarter.label } : null}
        onExportCsv={exportCsv}
        onExportReturn={(k) => void exportReturn(k)}
        onPrint={() => void print()}
      />
      <Message notice={notice} />
      {!valid && <p role="alert">Choose a start date on or before the end date.</p>}
      {valid && !report && (
        <p role="status" data-testid="rep-computing">
          Working out the figures for {period.label}… The first time a long period is read on this PC, its past days are gathered first, which can take a
          few seconds.
        </p>
      )}
      {report && <ReportDocument report={report} names={names} periodLabel={period.label} standardMinutes={judgedBy.standardMinutes} ni14Reasons={config.ni14Reasons} />}
    </div>
  );
}
