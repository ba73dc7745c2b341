/**
 * CSV as spreadsheets read it: comma separated, a header row, fields quoted
 * when they hold a comma, quote or line break, CRLF-free lines ending in
 * "\n". Numbers to one decimal place (percentages) or two (minutes).
 */
export const csvNumber = (v: number | null, digits = 1): string => (v === null ? '' : Number(v.toFixed(digits)).toString());
export const csvMinutes = (ms: number | null): string => (ms === null ? '' : csvNumber(ms / 60_000, 2));

export function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: readonly (string | number)[]): string => cells.map(csvCell).join(',');
export const csvText = (lines: readonly string[]): string => `${lines.join('\n')}\n`;
