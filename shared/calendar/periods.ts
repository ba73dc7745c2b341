/**
 * Report periods, as service days (YYYY-MM-DD, inclusive). Quarters are the
 * council's financial quarters (Q1 is April to June), which share their
 * boundaries with calendar quarters; the label says which year. A year is
 * the financial year, 1 April to 31 March.
 */
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'year';

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const parse = (day: string) => day.split('-').map(Number) as [number, number, number];
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const financialYear = (fy: number) => `${fy}/${pad((fy + 1) % 100)}`;

export function periodOf(kind: PeriodKind, day: string): { from: string; to: string; label: string } {
  const [y, m, d] = parse(day);
  switch (kind) {
    case 'day':
      return { from: day, to: day, label: day };
    case 'week': {
      const ms = Date.UTC(y, m - 1, d);
      const monday = ms - ((new Date(ms).getUTCDay() + 6) % 7) * 86_400_000;
      const from = new Date(monday).toISOString().slice(0, 10);
      return { from, to: new Date(monday + 6 * 86_400_000).toISOString().slice(0, 10), label: `Week beginning ${from}` };
    }
    case 'month':
      return { from: ymd(y, m, 1), to: ymd(y, m, daysIn(y, m)), label: `${ymd(y, m, 1).slice(0, 7)}` };
    case 'quarter': {
      const first = m - ((m - 1) % 3);
      const fq = ((Math.floor((m - 1) / 3) + 3) % 4) + 1;
      const fy = m >= 4 ? y : y - 1;
      return { from: ymd(y, first, 1), to: ymd(y, first + 2, daysIn(y, first + 2)), label: `Q${fq} ${financialYear(fy)}` };
    }
    case 'year': {
      const fy = m >= 4 ? y : y - 1;
      return { from: ymd(fy, 4, 1), to: ymd(fy + 1, 3, 31), label: `Financial year ${financialYear(fy)}` };
    }
  }
}

/**
 * A period's name for a return: "2026-11" for a whole month, "Q3 2026/27" for a whole quarter,
 * "2026/27" for a whole financial year, else "from..to".
 */
export function periodName(from: string, to: string): string {
  const month = periodOf('month', from);
  if (month.from === from && month.to === to) return month.label;
  const quarter = periodOf('quarter', from);
  if (quarter.from === from && quarter.to === to) return quarter.label;
  const year = periodOf('year', from);
  if (year.from === from && year.to === to) return financialYear(Number(from.slice(0, 4)));
  return `${from}..${to}`;
}

/** Every day from `from` to `to`, inclusive (none when from > to). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const [y, m, d] = parse(from);
  for (let ms = Date.UTC(y, m - 1, d); ; ms += 86_400_000) {
    const day = new Date(ms).toISOString().slice(0, 10);
    if (day > to) return out;
    out.push(day);
  }
}

/** The day before, YYYY-MM-DD. */
export function dayBefore(day: string): string {
  const [y, m, d] = parse(day);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}
