import { renderToStaticMarkup } from 'react-dom/server';
import { ReportDocument } from './ReportDocument';
import type { ReportDocumentProps } from './ReportDocument';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Borders on every cell, black on white, tables kept whole across pages where they fit. */
const PRINT_CSS = `@page { size: A4; margin: 15mm; }
body { font-family: Arial, sans-serif; color: #000; background: #fff; font-size: 10.5pt; }
h1 { font-size: 16pt; margin: 0 0 4mm; } h2 { font-size: 13pt; } h3 { font-size: 11pt; }
dl.figures { display: grid; grid-template-columns: repeat(2, 1fr); gap: 2mm 6mm; } dl.figures dt { font-weight: bold; } dl.figures dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 4mm 0; break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding-bottom: 1mm; }
th, td { border: 1px solid #000; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
thead th { background: #e6e6e6; }
.hint { font-size: 9pt; }`;

/** The report as a printable A4 document: the same markup as the screen (ReportDocument), with print styles. */
export function reportHtml(siteName: string, props: ReportDocumentProps): string {
  const body = renderToStaticMarkup(<ReportDocument {...props} />);
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${esc(siteName)}: ${esc(props.periodLabel)}</title>
<style>${PRINT_CSS}</style></head><body><div class="print-report">
<h1>${esc(siteName)}</h1>
${body}
</div></body></html>`;
}
