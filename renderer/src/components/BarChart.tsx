import { Bar, BarChart as Chart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';

/** One series of bars: which field of each row it draws, its name in the legend, and its colour (with a pattern-free legend, the name says it). */
export interface BarSeries {
  field: string;
  name: string;
  colour: string;
}

interface Props {
  /** What the chart shows, for assistive technology; the same numbers are always in a table beside it. */
  label: string;
  rows: readonly Record<string, string | number | null>[];
  /** The field naming each bar group (the x axis). */
  by: string;
  series: readonly BarSeries[];
  height?: number;
}

/**
 * Bars drawn by Recharts (SVG, so it prints), with its accessibility layer on (the chart can be
 * stepped through by keyboard, each group read out); never the only place a number is: the callers
 * put a table of the same numbers beside it. No animation: a reception screen redraws every few seconds.
 */
export function BarsChart({ label, rows, by, series, height = 200 }: Props) {
  const width = Math.max(320, rows.length * (series.length * 22 + 20) + 60);
  return (
    <div className="bar-chart" data-testid="bar-chart">
      <Chart
        width={width}
        height={height}
        data={[...rows]}
        accessibilityLayer
        title={label}
        desc="The numbers are in the table beside this chart."
        margin={{ top: 20, right: 8, bottom: 4, left: 0 }}
      >
        <CartesianGrid stroke="#b1b4b6" vertical={false} />
        <XAxis dataKey={by} tick={{ fill: '#0b0c0c', fontSize: 12 }} stroke="#505a5f" />
        <YAxis allowDecimals={false} tick={{ fill: '#0b0c0c', fontSize: 12 }} stroke="#505a5f" width={36} />
        {series.length > 1 && <Legend wrapperStyle={{ color: '#0b0c0c' }} />}
        {series.map((s) => (
          <Bar key={s.field} dataKey={s.field} name={s.name} fill={s.colour} isAnimationActive={false}>
            <LabelList dataKey={s.field} position="top" fill="#0b0c0c" fontSize={12} />
          </Bar>
        ))}
      </Chart>
    </div>
  );
}

/** One series: the supervisor's arrivals by hour. */
export function BarChart({ bars, label }: { bars: { key: string; value: number }[]; label: string }) {
  return <BarsChart label={label} rows={bars} by="key" series={[{ field: 'value', name: label, colour: '#1d4ed8' }]} />;
}
