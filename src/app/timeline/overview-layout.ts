import { scaleLog } from 'd3-scale';
import type { ChainReport, HopReport, Verdict } from '../../core/analysis/types';
import type { RetryBehaviour } from '../../core/catalog/types';
import { formatMs } from './format';

export interface OverviewBar {
  side: 'client' | 'server';
  /** `C = 60 s` */
  label: string;
  x1: number;
  unlimited: boolean;
  known: boolean;
}

export interface OverviewLane {
  index: number;
  clientName: string;
  serverName: string;
  verdict: Verdict;
  bars: OverviewBar[];
  /** Where the client outlives the server (risk) or the margin is thin (warn). */
  mismatch: { x0: number; x1: number; kind: 'risk' | 'warn'; label: string } | null;
  middleboxes: { x: number; label: string; unlimited: boolean }[];
  retry: string | null;
  /** One sentence for screen readers. */
  summary: string;
}

export interface OverviewLayout {
  width: number;
  plot: { x0: number; x1: number };
  /** x of "no limit" (past the finite axis). */
  infinityX: number;
  ticks: { ms: number; x: number; label: string }[];
  lanes: OverviewLane[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Durations people think in, for the log axis: 10 ms … 1 day. */
const NICE_TICKS_MS = [10, 100, 1000, 10_000, 60_000, 600_000, 3_600_000, 86_400_000];

/** Retry behaviour in a few words. */
export function describeRetry(r: RetryBehaviour | undefined): string | null {
  if (!r) return null;
  const n = r.attempts > 0 ? ` (${r.attempts}×)` : '';
  switch (r.policy) {
    case 'none':
      return 'no retry: the error reaches the caller';
    case 'idempotent':
      return `retries idempotent requests${n}; POST fails`;
    case 'any-unsent':
      return `retries when nothing was sent${n}, else idempotent only`;
    case 'any':
      return `retries any method${n}`;
    case 'next-upstream':
      return `tries the next upstream${n}; after sending, idempotent only`;
    case 'returns-502':
      return 'no retry: answers its own client with 502';
  }
}

/** One side's idle bar; a value written but unresolved is drawn as unknown, never as a length. */
function sideBar(
  side: 'client' | 'server',
  s: HopReport['client'],
  known: boolean,
  xOf: (v: number | null) => number,
): OverviewBar {
  const name = side === 'client' ? 'C' : 'S';
  if (s.unknown)
    return { side, label: `${name} = unknown`, x1: xOf(0), unlimited: false, known: false };
  return {
    side,
    label: `${name} = ${formatMs(s.idleMs)}`,
    x1: xOf(s.idleMs),
    unlimited: s.idleMs === null,
    known,
  };
}

/** Finite idle values on the chain, for the shared axis. */
function collectValues(hops: readonly HopReport[]): number[] {
  const vs: number[] = [];
  for (const h of hops) {
    const sides = [h.client, h.server, ...h.middleboxes].filter((s) => !s.unknown);
    for (const v of sides.map((s) => s.idleMs)) if (v !== null && v > 0) vs.push(v);
  }
  return vs;
}

/**
 * One lane per hop on a shared logarithmic axis (idle values span 100 ms to hours): both sides'
 * idle timers as bars from the axis start, the stretch where the client outlives the server
 * highlighted, L4 middlebox limits as markers. "No limit" sits past the axis end.
 */
export function layoutOverview(report: ChainReport, width = 760): OverviewLayout {
  const plot = { x0: 28, x1: width - 56 };
  const infinityX = width - 24;
  const values = collectValues(report.hops);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values, 1000) / 2));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values, 10_000) * 1.1));
  const x = scaleLog().domain([lo, hi]).range([plot.x0, plot.x1]).clamp(true);
  const xOf = (v: number | null) => (v === null ? infinityX : round1(x(Math.max(lo, v))));
  const ticks = NICE_TICKS_MS.filter((t) => t >= lo && t <= hi);
  const lanes = report.hops.map((h): OverviewLane => {
    const C = h.client.idleMs;
    const S = h.server.idleMs;
    const known = h.verdict !== 'unknown';
    const bars: OverviewBar[] = [
      sideBar('client', h.client, known, xOf),
      sideBar('server', h.server, known, xOf),
    ];
    let mismatch: OverviewLane['mismatch'] = null;
    if (h.reuse && known && S !== null && (C === null || C >= S))
      mismatch = {
        x0: xOf(S),
        x1: xOf(C),
        kind: 'risk',
        label:
          C === null ? 'client never drops first' : `client outlives server by ${formatMs(C - S)}`,
      };
    else if (h.verdict === 'warn' && S !== null && C !== null && C < S)
      mismatch = {
        x0: xOf(C),
        x1: xOf(S),
        kind: 'warn',
        label: `margin ${formatMs(S - C)} < ${formatMs(h.requiredMarginMs)} needed`,
      };
    const client = report.nodes[h.client.nodeIndex]?.client;
    return {
      index: h.index,
      clientName: h.client.label,
      serverName: h.server.label,
      verdict: h.verdict,
      bars,
      mismatch,
      middleboxes: h.middleboxes.map((m) => ({
        x: xOf(m.idleMs),
        unlimited: m.idleMs === null,
        label: `${report.nodes[m.nodeIndex]?.tech.name ?? m.tech} ${formatMs(m.idleMs)}`,
      })),
      retry: h.reuse ? describeRetry(client?.retry) : 'no connection reuse: no race',
      summary: `Hop ${h.index + 1}, ${h.client.label} to ${h.server.label}: client idle ${formatMs(C)}, server idle ${formatMs(S)}, verdict ${h.verdict}.`,
    };
  });
  return {
    width,
    plot,
    infinityX,
    ticks: ticks.map((t) => ({ ms: t, x: round1(x(t)), label: formatMs(t) })),
    lanes,
  };
}
