import { useId } from 'react';
import { estimateTextWidth, type ChartLayout } from './chart-layout';
import { formatProbability, formatRps } from './format';

export interface LossRateChartProps {
  layout: ChartLayout;
  /** `1. ALB → Node`. */
  hopLabel: string;
}

/** Legend entries: line style carries the meaning as well as colour. */
const LEGEND = [
  { key: 'now', text: 'now (this chain)' },
  { key: 'fixed', text: 'after the fix plan' },
  { key: 'user', text: 'your traffic' },
] as const;

function describeChart(l: ChartLayout, hopLabel: string): string {
  const parts = [`Hop ${hopLabel}.`];
  if (l.peak)
    parts.push(
      `Now, losses peak at ${formatRps(l.peak.rps)} requests per second with ${formatProbability(l.peak.p)} of requests lost, and fall at higher and lower rates.`,
    );
  else if (l.current.kind === 'zero') parts.push('Now the hop cannot race: no losses.');
  parts.push(
    `At your traffic of ${formatRps(l.marker.rps)} requests per second: ${formatProbability(l.marker.now.p)} lost now`,
  );
  if (l.marker.after)
    parts.push(
      l.fixed?.kind === 'zero'
        ? 'and none after the fix (no race).'
        : `and ${formatProbability(l.marker.after.p)} after the fix.`,
    );
  return parts.join(' ');
}

function Legend({ l }: { l: ChartLayout }) {
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

/** Loss probability against request rate (log–log) for one hop, now and after the fix. */
export function LossRateChart({ layout: l, hopLabel }: LossRateChartProps) {
  const id = useId();
  const { plot, marker, peak } = l;
  const breakY = (plot.floorY + plot.zeroY) / 2;
  return (
    <figure className="rr-figure">
      <svg
        className="rr-chart"
        viewBox={`0 0 ${l.width} ${l.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>Loss probability against request rate</title>
        <desc id={`${id}-desc`}>{describeChart(l, hopLabel)}</desc>
        <Legend l={l} />
        <g className="rr-grid">
          {l.xTicks.map((t) => (
            <line
              key={`x${t.value}`}
              className={t.label === null ? 'rr-grid-minor' : undefined}
              x1={t.pos}
              x2={t.pos}
              y1={plot.top}
              y2={plot.floorY}
            />
          ))}
          {l.yTicks.map((t) => (
            <line key={`y${t.value}`} x1={plot.left} x2={plot.right} y1={t.pos} y2={t.pos} />
          ))}
        </g>
        <g className="rr-axis">
          <line x1={plot.left} x2={plot.right} y1={plot.zeroY} y2={plot.zeroY} />
          <line x1={plot.left} x2={plot.left} y1={plot.top} y2={breakY - 3} />
          <line x1={plot.left} x2={plot.left} y1={breakY + 3} y2={plot.zeroY} />
          <path
            className="rr-break"
            d={`M${plot.left - 5},${breakY}l10,-4M${plot.left - 5},${breakY + 4}l10,-4`}
          />
          {l.xTicks.map((t) => (
            <g key={t.value} transform={`translate(${t.pos},${plot.zeroY})`} data-rps={t.value}>
              <line y2={t.label === null ? 3 : 6} />
              {t.label !== null && (
                <text y={18} textAnchor="middle">
                  {t.label}
                </text>
              )}
            </g>
          ))}
          {l.yTicks.map((t) => (
            <g key={t.value} transform={`translate(${plot.left},${t.pos})`} data-p={t.value}>
              <line x2={-6} />
              <text x={-9} y={4} textAnchor="end">
                {t.label}
              </text>
            </g>
          ))}
          <g transform={`translate(${plot.left},${plot.zeroY})`} data-p={0}>
            <line x2={-6} />
            <text x={-9} y={4} textAnchor="end">
              0
            </text>
          </g>
          <text
            className="rr-axis-title"
            x={(plot.left + plot.right) / 2}
            y={l.height - 6}
            textAnchor="middle"
          >
            Requests per second at the client (log scale)
          </text>
          <text
            className="rr-axis-title"
            transform={`translate(14,${(plot.top + plot.zeroY) / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            Loss probability per request (log)
          </text>
        </g>
        {l.fixed && (
          <g className="rr-curve rr-fixed" data-curve="fixed" data-kind={l.fixed.kind}>
            <path className="rr-line-fixed" d={l.fixed.path} />
            <text x={l.fixed.label.x} y={l.fixed.label.y} textAnchor={l.fixed.label.anchor}>
              {l.fixed.label.text}
            </text>
          </g>
        )}
        <g className="rr-curve rr-now" data-curve="now" data-kind={l.current.kind}>
          <path className="rr-line-now" d={l.current.path} />
          <text x={l.current.label.x} y={l.current.label.y} textAnchor={l.current.label.anchor}>
            {l.current.label.text}
          </text>
        </g>
        {peak && (
          <g className="rr-peak" data-rps={peak.rps}>
            <circle cx={peak.x} cy={peak.y} r={3} />
            <text x={peak.label.x} y={peak.label.y} textAnchor={peak.label.anchor}>
              {peak.label.text}
            </text>
          </g>
        )}
        <g className="rr-marker" data-rps={marker.rps}>
          <line className="rr-rule" x1={marker.x} x2={marker.x} y1={plot.top} y2={plot.zeroY} />
          {marker.after && (
            <rect
              className="rr-dot-fixed"
              x={marker.x - 4}
              y={marker.after.y - 4}
              width={8}
              height={8}
              transform={`rotate(45 ${marker.x} ${marker.after.y})`}
            />
          )}
          <circle className="rr-dot-now" cx={marker.x} cy={marker.now.y} r={5} />
          <text
            className="rr-marker-label"
            x={marker.label.x}
            y={marker.label.y}
            textAnchor={marker.label.anchor}
          >
            {marker.label.text}
          </text>
        </g>
      </svg>
      <table className="rr-visually-hidden">
        <caption>Loss probability at a few request rates, hop {hopLabel}</caption>
        <thead>
          <tr>
            <th scope="col">Requests per second</th>
            <th scope="col">Lost now</th>
            {l.fixed && <th scope="col">Lost after the fix</th>}
          </tr>
        </thead>
        <tbody>
          {l.table.map((r) => (
            <tr key={r.rps}>
              <th scope="row">
                {formatRps(r.rps)}
                {r.rps === marker.rps ? ' (your traffic)' : ''}
              </th>
              <td>{formatProbability(r.now)}</td>
              {l.fixed && <td>{r.after === null ? '—' : formatProbability(r.after)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
