/**
 * CSV as spreadsheets read it: comma separated, a header row, fields quoted
 * when they hold a comma, quote or line break, CRLF-free lines ending in
 * "\n". Numbers to one decimal place (percentages) or two (minutes).
 *
 * Every CSV the product writes (the PC's exports, the endpoint's, the CLI's)
 * goes through `csvCell`, which also neutralises formula injection: officers
 * open these files in a spreadsheet, and free text a PC sent (a service id,
 * a desk, a reason, a directorate) must never run as a formula there.
 */
export const csvNumber = (v: number | null, digits = 1): string => (v === null ? '' : Number(v.toFixed(digits)).toString());
/** A verdict beside a figure: yes, no, or blank when nothing was counted. */
export const csvYesNo = (v: boolean | null): string => (v === null ? '' : v ? 'yes' : 'no');
export const csvMinutes = (ms: number | null): string => (ms === null ? '' : csvNumber(ms / 60_000, 2));

/** What a spreadsheet takes as the start of a formula (OWASP, CSV injection): = + - @, tab and carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number written as text ("-2", "12.5"): a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Text a spreadsheet would run as a formula is prefixed with a single quote, as OWASP advises, so
 * it shows as the text it is; numbers (and text that is only a number) stay numbers.
 */
export function neutraliseFormula(s: string): string {
  return FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

export function csvCell(v: string | number): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a number's text is a plain number, which neutraliseFormula leaves as it is
  const s = typeof v === 'number' ? String(v) : neutraliseFormula(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
export const csvLine = (cells: readonly (string | number)[]): string => cells.map(csvCell).join(',');
export const csvText = (lines: readonly string[]): string => `${lines.join('\n')}\n`;
