import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG } from '../config/site-config';
import { DEFAULT_COMPLAINT_POLICY } from '../figures/contacts';
import type { FigureTicket } from '../figures/figure-ticket';
import { at, DAY } from '../testing/scenario';
import { csvCell, csvLine, csvMinutes, csvNumber, neutraliseFormula } from './csv';
import { namesOf } from './labels';
import { buildReport, reportCsv } from './report';
import { ni14ReturnCsv, serviceLevelReturnCsv } from './returns';

/** Cells of a CSV line as a spreadsheet reads them: quotes taken off, doubled quotes made single. */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  return [...cells, cell];
}

const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];
/** A cell a spreadsheet would run: it starts like a formula and is not just a number. */
const runsAsFormula = (cell: string) => FORMULA_STARTS.some((c) => cell.startsWith(c)) && !/^-?\d+(\.\d+)?$/.test(cell);

describe('a CSV cell', () => {
  it.each(FORMULA_STARTS)('text starting with %j is written as text, never as a formula', (start) => {
    const text = `${start}HYPERLINK("http://evil.example","x")`;
    expect(cellsOf(csvCell(text))).toEqual([`'${text}`]);
    expect(neutraliseFormula(text)).toBe(`'${text}`);
    
  });

  it('leaves ordinary text, numbers and numbers written as text as they are', () => {
    expect(csvLine(['Council Tax', 12, '12.5', '-2', -3, '', 'a=b'])).toBe('Council Tax,12,12.5,-2,-3,,a=b');
  });
  it('writes a figure that does not exist as an empty cell, and minutes to two decimals', () => {
    expect([csvNumber(null), csvMinutes(null), csvNumber(79.95), csvNumber(12), csvMinutes(90_000), csvMinutes(61_000)]).toEqual(['', '', '80', '12', '1.5', '1.02']);
  });

  it('quotes a cell with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvLine(['Seeking clarification (letter, form)', 'He said "no"', 'two\nlines', 'plain'])).toBe('"Seeking clarification (letter, form)","He said ""no""","two\nlines",plain');
  });

});

describe('every CSV the figures write, with free text a PC sent that starts like a formula', () => {
  const hostile: FigureTicket = {
    id: 't1',
    siteId: 'chorley',
    number: 'C001',
    day: DAY,
    priority: false,
    issuedAt: at(0),
    status: 'completed',
    timingInaccurate: false,
    segments: [
      {
        serviceId: '=1+2',
        standardMinutes: 10,
        queuedAt: at(0),
        calls: [{ at: at(3), desk: '+cmd|x' }],
        answeredCall: { at: at(3), desk: '+cmd|x' },
        servingStartedAt: at(3),
      },
    ],
    closedAt: at(8),
    completion: { at: at(8), desk: '+cmd|x', outcome: 'resolved', avoidable: { reasonId: '@SUM(A1)' }, complaint: { directorate: '-2+3' }, compliment: null },
  };
  const opts = { asOf: at(600), targetPercent: 80, complaintPolicy: DEFAULT_COMPLAINT_POLICY };
  const names = namesOf(DEFAULT_SITE_CONFIG);

  const files = {
    'report by service': reportCsv(buildReport([hostile], { from: DAY, to: DAY, by: 'service', ...opts }), names),
    'report by desk': reportCsv(buildReport([hostile], { from: DAY, to: DAY, by: 'desk', ...opts }), names),
    'NI14 return': ni14ReturnCsv('2026-11', [{ siteId: 'chorley', tickets: [hostile] }], DEFAULT_SITE_CONFIG.ni14Reasons, names, opts),
    'seen-within-standard return': serviceLevelReturnCsv('Q3 2026/27', [{ siteId: 'chorley', tickets: [hostile] }], names, opts),
  };

  it.each(Object.entries(files))('%s: no cell runs as a formula, and the text is still there to read', (_name, csv) => {
    const cells = csv.trimEnd().split('\n').flatMap(cellsOf);
    expect(cells.filter(runsAsFormula)).toEqual([]);
    expect(cells.some((c) => c.startsWith("'"))).toBe(true);
  });
});
