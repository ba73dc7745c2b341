/**
 * A plain SVG bar chart, hidden from assistive technology because the same
 * numbers are always in a table beside it (see the callers).
 */
export function BarChart({ bars, label }: { bars: { key: string; value: number }[]; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const w = 36;
  const h = 120;
  return (
    <svg
      className="bar-chart"
      role="img"
      aria-label={`${label}: the numbers are in the table that follows`}
      viewBox={`0 0 ${Math.max(1, bars.length) * w} ${h + 36}`}
      width="100%"
      height={h + 36}
    >
      {bars.map((b, i) => {
        const bh = Math.round((b.value / max) * h);
        return (
          <g key={b.key}>
            <rect x={i * w + 6} y={h - bh + 4} width={w - 12} height={bh} fill="#1d4ed8" />
            <text x={i * w + w / 2} y={h - bh} textAnchor="middle" fontSize="12" fill="#0b0c0c">
              {b.value}
            </text>
            <text x={i * w + w / 2} y={h + 22} textAnchor="middle" fontSize="12" fill="#0b0c0c">
              {b.key}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
