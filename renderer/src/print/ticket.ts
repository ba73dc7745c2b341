import { londonClock } from '../../../shared/calendar/london';
import { displayNumber } from '../../../shared/tickets/state';
import type { Ticket } from '../../../shared/tickets/state';
import type { PrintJob } from '../../../shared/bridge/contract';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The customer's ticket on an 80 mm thermal roll: the number large, the
 * service, the time, the expected wait and the site. Self-contained HTML
 * (no scripts, styles inline) so the Electron print window needs nothing else.
 */
export function ticketPrintJob(t: Ticket, serviceName: string, siteName: string, waitTold: string): PrintJob {
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Ticket ${escape(displayNumber(t.number))}</title>
<style>
  @page { size: 80mm auto; margin: 4mm; }
  body { font-family: Arial, sans-serif; width: 72mm; margin: 0; text-align: center; color: #000; }
  .t-site { font-size: 12pt; font-weight: bold; }
  .t-number { font-size: 44pt; font-weight: bold; margin: 2mm 0; letter-spacing: 1mm; }
  .t-service { font-size: 16pt; }
  .t-meta { font-size: 11pt; margin-top: 2mm; }
</style></head><body>
<div class="print-ticket">
  <div class="t-site">${escape(siteName)}</div>
  <div class="t-number">${escape(displayNumber(t.number))}</div>
  <div class="t-service">${escape(serviceName)}</div>
  <div class="t-meta">Issued ${escape(londonClock(t.issuedAt))}</div>
  <div class="t-meta">Expected wait: ${escape(waitTold)}</div>
  <div class="t-meta">Please wait to be called. Your number will show on the screen.</div>
</div>
</body></html>`;
  return { html, widthMm: 80 };
}
