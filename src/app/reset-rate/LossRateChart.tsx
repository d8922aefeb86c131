import { useId } from 'react';
import { ChartAxes } from './ChartAxes';
import { ChartLegend } from './ChartLegend';
import type { ChartLayout } from './chart-layout';
import { formatProbability, formatRps } from './format';

export interface LossRateChartProps {
  layout: ChartLayout;
  /** `1. ALB → Node`. */
  hopLabel: string;
}

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

/** Loss probability against request rate (log–log) for one hop, now and after the fix. */
export function LossRateChart({ layout: l, hopLabel }: LossRateChartProps) {
  const id = useId();
  const { plot, marker, peak } = l;
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
        <ChartLegend l={l} />
        <ChartAxes l={l} />
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
