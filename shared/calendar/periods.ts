/**
 * Report periods, as service days (YYYY-MM-DD, inclusive). Quarters are the
 * council's financial quarters (Q1 is April to June), which share their
 * boundaries with calendar quarters; the label says which year.
 */
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter';

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const parse = (day: string) => day.split('-').map(Number) as [number, number, number];
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

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
      return { from: ymd(y, first, 1), to: ymd(y, first + 2, daysIn(y, first + 2)), label: `Q${fq} ${fy}/${String((fy + 1) % 100).padStart(2, '0')}` };
    }
  }
}
