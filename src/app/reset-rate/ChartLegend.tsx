import { estimateTextWidth, type ChartLayout } from './chart-layout';

/** Legend entries: line style carries the meaning as well as colour. */
const LEGEND = [
  { key: 'now', text: 'now (this chain)' },
  { key: 'fixed', text: 'after the fix plan' },
  { key: 'user', text: 'your traffic' },
] as const;

/** The legend above the plot. */
export function ChartLegend({ l }: { l: ChartLayout }) {
  const entries = LEGEND.filter((e) => e.key !== 'fixed' || l.fixed);
  // Each entry: a 28 px sample, 6 px gap, its text, 18 px to the next.
  const offsets = entries.map((_, i) =>
    entries.slice(0, i).reduce((x, e) => x + 34 + estimateTextWidth(e.text) + 18, l.plot.left),
  );
  return (
    <g className="rr-legend" transform="translate(0,14)">
      {entries.map((e, i) => (
        <g key={e.key} transform={`translate(${offsets[i] ?? 0},0)`}>
          {e.key === 'user' ? (
            <>
              <line className="rr-rule" x1={14} x2={14} y1={-8} y2={8} />
              <circle className="rr-dot-now" cx={14} cy={0} r={4} />
            </>
          ) : (
            <line className={`rr-line-${e.key}`} x1={0} x2={28} y1={0} y2={0} />
          )}
          <text x={34} y={4}>
            {e.text}
          </text>
        </g>
      ))}
    </g>
  );
}
