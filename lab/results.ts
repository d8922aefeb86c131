/** The lab's results: one row per server, printed as a table and written to lab/results.md. */
import { writeFileSync } from 'node:fs';

export interface LabRow {
  server: string;
  /** The idle timeout as configured, e.g. `keepalive_timeout 1000ms`. */
  configured: string;
  catalogMs: number | null;
  measuredMs: number;
  rttMs: number;
  sweep?: {
    deltaMs: number;
    /** Timer resolution allowed at both ends of the window. */
    toleranceMs: number;
    predicted: [number, number];
    failing: [number, number] | null;
    failures: number;
    trials: number;
    /** Trials set aside because the client's event loop paused around them. */
    setAside: number;
  };
  safe?: { clientIdleMs: number; reuses: number; failures: number; setAside: number };
  poisson?: {
    deltaMs: number;
    requests: number;
    losses: number;
    /** Requests set aside because the client's event loop paused around them. */
    setAside: number;
    predicted: number;
    /** 95 % range of the loss share for this many requests if the prediction holds. */
    range95: [number, number];
  };
  outcomes: Record<string, number>;
}

const f0 = (x: number): string => x.toFixed(0);
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

/** The rows as plain objects for console.table. */
export const toTableRows = (rows: readonly LabRow[]): Record<string, string>[] =>
  rows.map((r) => ({
    server: r.server,
    'S: config / catalog / measured': `${r.configured} / ${r.catalogMs ?? '?'} / ${f0(r.measuredMs)} ms`,
    RTT: `${r.rttMs.toFixed(2)} ms`,
    'window predicted (δ)': r.sweep
      ? `${f0(r.sweep.predicted[0])}–${f0(r.sweep.predicted[1])} ms (δ ${r.sweep.deltaMs}, ± ${f0(r.sweep.toleranceMs)})`
      : '–',
    'gaps that failed': r.sweep
      ? r.sweep.failing
        ? `${f0(r.sweep.failing[0])}–${f0(r.sweep.failing[1])} ms (${r.sweep.failures}/${r.sweep.trials})`
        : 'none'
      : '–',
    'C = S − 100 ms: failures / reuses': r.safe ? `${r.safe.failures} / ${r.safe.reuses}` : '–',
    'set aside (client paused)': `${(r.sweep?.setAside ?? 0) + (r.safe?.setAside ?? 0) + (r.poisson?.setAside ?? 0)}`,
    'Poisson λ = 1/S: lost / requests': r.poisson
      ? `${r.poisson.losses} / ${r.poisson.requests} = ${pct(r.poisson.losses / r.poisson.requests)} (δ ${r.poisson.deltaMs})`
      : '–',
    'predicted (95 % range)': r.poisson
      ? `${pct(r.poisson.predicted)} (${pct(r.poisson.range95[0])}–${pct(r.poisson.range95[1])})`
      : '–',
    'errors seen':
      Object.entries(r.outcomes)
        .filter(([k]) => k !== 'ok' && k !== 'noticed')
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || '–',
  }));

const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;

/** Writes the table as Markdown, with what was run, for the README. */
export function writeResultsMarkdown(
  path: string,
  rows: readonly LabRow[],
  versions: string,
): void {
  const table = toTableRows(rows);
  const head = Object.keys(table[0] ?? {});
  const text = [
    '# Lab results: the race model against real servers',
    '',
    `Written by \`npm run test:lab\` (lab/race.lab.test.ts) on 127.0.0.1. ${versions}.`,
    "S is the earliest idle close of 9 probe connections, from the client's read of the last",
    'response. The window is the race model\'s [S − RTT, S + δ + γs]; "gaps that failed" are the',
    'reuse gaps that met a closed connection in a sweep at 10 ms steps. A client with C = S − 100 ms',
    'never notices FINs and reuses just under C. The Poisson client reuses one connection per slot',
    'with exponential gaps (mean S); "predicted" is the closed form\'s loss share p / (1 + p).',
    "Trials around which the client's own event loop paused (> 8 ms) are set aside and repeated.",
    '',
    line(head),
    line(head.map(() => '---')),
    ...table.map((r) => line(head.map((h) => r[h] ?? ''))),
    '',
  ].join('\n');
  writeFileSync(path, text);
}
