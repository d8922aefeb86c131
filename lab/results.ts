/**
 * The lab's results: one row per server, printed as a table and written as Markdown — to a file
 * outside the repo on every run, and to lab/results.md and the README's lab table only when asked
 * (`npm run test:lab -- --update-results`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** The rows as a Markdown table, one string per line. */
function formatTable(rows: readonly LabRow[]): string[] {
  const table = toTableRows(rows);
  const head = Object.keys(table[0] ?? {});
  return [
    line(head),
    line(head.map(() => '---')),
    ...table.map((r) => line(head.map((h) => r[h] ?? ''))),
  ];
}

/** Writes the table as Markdown, with what was run, for the README. */
export function writeResultsMarkdown(
  path: string,
  rows: readonly LabRow[],
  versions: string,
): void {
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
    ...formatTable(rows),
    '',
  ].join('\n');
  writeFileSync(path, text);
}

/** Set by scripts/run-lab.mjs for `npm run test:lab -- --update-results`. */
export const UPDATE_RESULTS_ENV = 'LAB_UPDATE_RESULTS';

const repoFile = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The README's lab table sits between these two lines. */
const README_START = '<!-- lab-results:start (npm run test:lab -- --update-results) -->';
const README_END = '<!-- lab-results:end -->';

/** Replaces the README's lab table with these rows; fails when the markers are missing. */
export function updateReadmeTable(readmePath: string, rows: readonly LabRow[]): void {
  const text = readFileSync(readmePath, 'utf8');
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`${readmePath}: no lab table markers`);
  const table = ['', ...formatTable(rows), ''].join('\n');
  writeFileSync(
    readmePath,
    `${text.slice(0, start + README_START.length)}\n${table}\n${text.slice(end)}`,
  );
}

/**
 * Writes this run's results and returns the paths written: a file in the OS temp dir on every
 * run (the tracked files stay as they are); lab/results.md and the README table when
 * `update` (LAB_UPDATE_RESULTS=1).
 */
export function publishResults(
  rows: readonly LabRow[],
  versions: string,
  update = process.env[UPDATE_RESULTS_ENV] === '1',
): string[] {
  if (!update) {
    const path = join(tmpdir(), 'timeout-chain-lab-results.md');
    writeResultsMarkdown(path, rows, versions);
    return [path];
  }
  const results = repoFile('lab/results.md');
  const readme = repoFile('README.md');
  writeResultsMarkdown(results, rows, versions);
  updateReadmeTable(readme, rows);
  return [results, readme];
}
