import { SLICE_HEADINGS, sliceLabel } from '../../shared/reports/labels';
import type { Report } from '../../shared/reports/report';
import type { Figures } from '../../shared/figures/figures';
import { REPORT_SLICES } from '../../shared/sync/wire';
import type { ReportNames } from '../../shared/reports/labels';
import { HOLIDAY_REGION_LABELS } from '../../shared/calendar/bank-holidays';
import type { HolidayRegion } from '../../shared/calendar/bank-holidays';
import type { judgedBy } from '../reports/reports';
import type { ComplaintDue } from '../../shared/figures/contacts';
import { displayNumber } from '../../shared/tickets/state';
import { shownPercent } from '../../shared/figures/service-level';

/**
 * The officer's web pages, as plain HTML (no script: the CSP forbids it):
 * the login form, and the report form with the report under it, the same
 * figures the PCs show, from the same shared code. Everything written into
 * the page is escaped.
 */
export const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)} · One Stop Shop Reception</title><link rel="stylesheet" href="/officer/style.css"></head><body><main id="main">${body}</main></body></html>`;
}

export function loginPage(problem?: string): string {
  return page(
    'Officer login',
    `<h1>Council-wide reports</h1>
<p>For the council's performance officers. IT creates your account.</p>
${problem ? `<p class="error" role="alert">${esc(problem)}</p>` : ''}
<form method="post" action="/officer/login">
<p><label for="username">Name</label><input id="username" name="username" autocomplete="username" required maxlength="40"></p>
<p><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200"></p>
<p><button type="submit">Log in</button></p>
</form>`,
  );
}

const pct = (p: number | null) => (p === null ? '–' : `${p.toFixed(1)}%`);
const counts = (p: number | null, part: number, whole: number) => `${pct(p)} (${part} of ${whole})`;

function figureRow(label: string, f: Figures): string {
  const sl = f.serviceLevel;
  const s = f.satisfaction;
  const pr = f.priorityServiceLevel;
  return `<tr><th scope="row">${esc(label)}</th><td>${f.tickets}</td><td>${counts(shownPercent(sl), sl.met, sl.counted)}</td><td>${counts(shownPercent(pr), pr.met, pr.counted)}</td><td>${counts(f.contacts.avoidablePercent, f.contacts.avoidable, f.contacts.completed)}</td><td>${counts(f.contacts.firstContactPercent, f.contacts.resolvedFirstContact, f.contacts.completed)}</td><td>${counts(shownPercent(s.satisfaction), s.satisfaction.satisfied, s.satisfaction.answers)}</td><td>${f.complaints.length}</td><td>${f.compliments}</td></tr>`;
}

export interface ReportForm {
  sites: string[];
  allowed: string[];
  from: string;
  to: string;
  by: string;
}

/** What the page shows beside the figures: each site's own standard and targets, and the names to read ids by. */
export interface ReportShown {
  report: Report;
  names: ReportNames;
  judged: ReturnType<typeof judgedBy>;
}

function judgedTable(judged: ReportShown['judged']): string {
  const rows = judged
    .map(
      (j) =>
        `<tr><th scope="row">${esc(j.siteId)}</th><td>${esc(j.standardMinutes)} minutes</td><td>${esc(j.targetPercent)}%</td><td>${esc(j.satisfactionTargetPercent)}%</td><td>${esc(HOLIDAY_REGION_LABELS[j.holidayRegion as HolidayRegion] ?? j.holidayRegion)}</td></tr>`,
    )
    .join('');
  return `<table class="judged"><caption>Each site judged by its own configuration (in force on the period's last day)</caption>
<thead><tr><th scope="col">Site</th><th scope="col">Standard</th><th scope="col">Target seen within it</th><th scope="col">Satisfaction target</th><th scope="col">Bank holidays</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Complaints raised at the counter with their due dates, by each site's own bank holidays: as the PCs list them. */
function complaintsTable(list: readonly ComplaintDue[]): string {
  const rows = list.length
    ? list
        .map(
          (c) =>
            `<tr><th scope="row">${esc(displayNumber(c.number))}</th><td>${esc(c.directorate)}</td><td>${esc(c.raisedDay)}</td><td>${esc(c.acknowledgeBy ?? c.dueNote ?? '')}</td><td>${esc(c.respondBy ?? 'not known')}</td></tr>`,
        )
        .join('')
    : '<tr><td colspan="5">None in this period.</td></tr>';
  return `<table class="complaints"><caption>Complaints raised at the counter</caption>
<thead><tr><th scope="col">Ticket</th><th scope="col">Directorate</th><th scope="col">Raised</th><th scope="col">Acknowledge by</th><th scope="col">Respond by</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function reportPage(officer: string, form: ReportForm, shown: ReportShown | null, problem?: string): string {
  const report = shown?.report ?? null;
  const pairs: [string, string][] = [...form.sites.map((s): [string, string] => ['sites', s]), ['from', form.from], ['to', form.to]];
  if (form.by) pairs.push(['by', form.by]);
  const query = new URLSearchParams(pairs).toString();
  const files = report
    ? `<h2>Files</h2><ul class="files">
<li><a href="/officer/report?${esc(query)}&amp;format=csv" download>The report as CSV</a></li>
<li><a href="/officer/report?${esc(query)}&amp;format=ni14-return" download>Monthly NI14 return (CSV)</a></li>
<li><a href="/officer/report?${esc(query)}&amp;format=service-level-return" download>Quarterly seen-within-standard return (CSV)</a></li>
</ul><p class="hint">To print or save as PDF, use your browser's Print (Ctrl+P): the page prints without the form.</p>`
    : '';
  const table = report
    ? `<h2>${esc(report.from)} to ${esc(report.to)}, ${esc(form.sites.length ? form.sites.join(', ') : 'all your sites')}</h2>
<table><caption>Figures for the period${report.by ? `, by ${esc(SLICE_HEADINGS[report.by].toLowerCase())}` : ''}</caption>
<thead><tr><th scope="col">${report.by ? esc(SLICE_HEADINGS[report.by]) : 'Period'}</th><th scope="col">Tickets</th><th scope="col">Seen within the standard (target ${esc(report.targetPercent)}%${shown!.judged.length > 1 ? ', the highest of the sites’' : ''})</th><th scope="col">Priority customers within their own standard</th><th scope="col">Avoidable contact (NI14)</th><th scope="col">Resolved at first contact</th><th scope="col">Satisfied</th><th scope="col">Complaints</th><th scope="col">Compliments</th></tr></thead>
<tbody>${figureRow('All', report.total)}${report.by ? report.slices.map((s) => figureRow(sliceLabel(report.by!, s.key, shown!.names), s.figures)).join('') : ''}</tbody></table>
${judgedTable(shown!.judged)}
${complaintsTable(report.total.complaints)}`
    : '';
  const siteBoxes = form.allowed
    .map((s) => `<label><input type="checkbox" name="sites" value="${esc(s)}"${form.sites.includes(s) ? ' checked' : ''}> ${esc(s)}</label>`)
    .join(' ');
  const byOptions = ['', ...REPORT_SLICES]
    .map(
      (b) => `<option value="${b}"${b === form.by ? ' selected' : ''}>${b ? esc(SLICE_HEADINGS[b as keyof typeof SLICE_HEADINGS]) : 'No breakdown'}</option>`,
    )
    .join('');
  return page(
    'Council-wide reports',
    `<header class="bar"><p>Logged in as ${esc(officer)}</p><form method="post" action="/officer/logout"><button type="submit">Log out</button></form></header>
<p><a href="/officer/planner">Staffing planner, by site</a></p>
<h1>Council-wide reports</h1>
${problem ? `<p class="error" role="alert">${esc(problem)}</p>` : ''}
<form method="get" action="/officer" class="report-form">
<fieldset><legend>Sites (none ticked: all your sites)</legend>${siteBoxes}</fieldset>
<p><label for="from">From</label><input id="from" name="from" type="date" value="${esc(form.from)}" required></p>
<p><label for="to">To</label><input id="to" name="to" type="date" value="${esc(form.to)}" required></p>
<p><label for="by">Break down by</label><select id="by" name="by">${byOptions}</select></p>
<p><button type="submit">Show the report</button></p>
</form>
${table}${files}`,
  );
}

export const STYLE = `body{font-family:Arial,sans-serif;font-size:18px;line-height:1.4;color:#0b0c0c;margin:1rem}
main{max-width:70rem}label{display:block;font-weight:bold}input,select,button{font:inherit;padding:.4rem;min-height:44px}
button{background:#00703c;color:#fff;border:0;padding:.5rem 1rem;cursor:pointer}
:focus-visible{outline:3px solid #0b0c0c;box-shadow:0 0 0 6px #ffdd00}
.error{color:#b10e1e;font-weight:bold}.hint{color:#505a5f}
fieldset label{display:inline-block;font-weight:normal;margin-right:1rem}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #505a5f;padding:.3rem .5rem;text-align:left}
.bar{display:flex;justify-content:space-between;align-items:center}
table.plan td.short{border:3px solid #0b0c0c}
@media print{.report-form,.bar,.files,.hint{display:none}body{margin:0}}`;
