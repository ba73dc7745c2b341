import type { Report } from '../../../../shared/reports/report';
import { EXCLUSION_LABELS } from '../../../../shared/figures/service-level';
import { pct, withCounts } from '../../components/format';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The report as a printable A4 document (Electron prints or saves it as PDF; a browser prints). */
export function reportHtml(r: Report, siteName: string, periodLabel: string, keyName: (k: string) => string): string {
  const sl = r.total.serviceLevel;
  const rows = r.slices
    .map((s) => `<tr><th>${esc(keyName(s.key))}</th><td>${s.figures.tickets}</td><td>${withCounts(s.figures.serviceLevel.percent, s.figures.serviceLevel.met, s.figures.serviceLevel.counted)}</td><td>${withCounts(s.figures.contacts.avoidablePercent, s.figures.contacts.avoidable, s.figures.contacts.completed)}</td><td>${withCounts(s.figures.contacts.firstContactPercent, s.figures.contacts.resolvedFirstContact, s.figures.contacts.completed)}</td></tr>`)
    .join('');
  const excluded = Object.entries(sl.excluded)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${EXCLUSION_LABELS[k as keyof typeof EXCLUSION_LABELS]}`)
    .join('; ');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${esc(siteName)}: ${esc(periodLabel)}</title>
<style>body{font-family:Arial,sans-serif;color:#000}table{border-collapse:collapse}th,td{border-bottom:1px solid #999;padding:4px 8px;text-align:left}</style></head><body>
<h1>${esc(siteName)}: ${esc(periodLabel)}</h1>
<p>Seen within the standard: <strong>${withCounts(sl.percent, sl.met, sl.counted)}</strong> against a target of ${pct(r.targetPercent)}.${excluded ? ` Not counted: ${esc(excluded)}.` : ''}</p>
<p>Avoidable contact (NI14): ${withCounts(r.total.contacts.avoidablePercent, r.total.contacts.avoidable, r.total.contacts.completed)}. Resolved at first contact: ${withCounts(r.total.contacts.firstContactPercent, r.total.contacts.resolvedFirstContact, r.total.contacts.completed)}. Complaints: ${r.total.complaints.length}.</p>
${r.slices.length ? `<table><thead><tr><th>${esc(r.by ?? '')}</th><th>Tickets</th><th>Seen within standard</th><th>Avoidable</th><th>First contact</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
</body></html>`;
}
