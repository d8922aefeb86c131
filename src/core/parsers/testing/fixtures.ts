/**
 * The one fixture format of every parser (imported by *.test.ts files only; README.md here):
 * `__fixtures__/<behaviour>/<input files> + expected.json`, the expectation keyed by the input
 * to parse (the folder's other inputs are its context: includes, variables files).
 */
import type { ParseResult, SourceFile } from '../types';

/** One setting as a fixture expects it; `file` and `setting` are checked when written. */
export interface SettingExpectation {
  value: unknown;
  /** 1-based line of the explicit origin; -1 for any other origin. */
  line: number;
  file?: string;
  /** The setting as written at the origin. */
  setting?: string;
}

export interface NodeExpectation {
  tech: string;
  scope: string;
  process?: string;
  upstreams?: string[];
  settings: Record<string, SettingExpectation>;
}

/** One diagnostic; `column`, `severity` and `file` are checked when written. */
export interface DiagnosticExpectation {
  code: string;
  line: number;
  column?: number;
  severity?: string;
  file?: string;
}

/** What parsing one input must give. `detect` bounds the confidence (default: at least 0.5). */
export interface FixtureExpectation {
  detect?: { min?: number; max?: number };
  nodes: NodeExpectation[];
  diagnostics: DiagnosticExpectation[];
}

/** One fixture folder: its inputs and the expectation per input it parses. */
export interface Fixture {
  behaviour: string;
  inputs: SourceFile[];
  expected: Record<string, FixtureExpectation>;
}

/**
 * Reads `import.meta.glob('./__fixtures__/*\/*', { query: '?raw', import: 'default',
 * eager: true })`. An input named `x.ts.txt` is parsed as `x.ts` (keeps tsc off code fixtures).
 */
export function loadFixtures(raw: Record<string, string>): Fixture[] {
  const byFolder = new Map<string, Fixture>();
  for (const [path, text] of Object.entries(raw)) {
    const [, behaviour = '', name = ''] = /__fixtures__\/([^/]+)\/(.+)$/.exec(path) ?? [];
    if (!behaviour) continue;
    const fixture = byFolder.get(behaviour) ?? { behaviour, inputs: [], expected: {} };
    if (name === 'expected.json')
      fixture.expected = JSON.parse(text) as Record<string, FixtureExpectation>;
    else fixture.inputs.push({ name: name.replace(/\.txt$/, ''), text });
    byFolder.set(behaviour, fixture);
  }
  return [...byFolder.values()].sort((a, b) => a.behaviour.localeCompare(b.behaviour));
}

/** Keeps the optional fields of `full` that `want` names (the required ones always). */
function project<T extends object>(full: T, want: object | undefined, optional: (keyof T)[]): T {
  const out = { ...full };
  for (const key of optional) if (!want || !(key in want)) delete out[key];
  return out;
}

const byPlace = (a: DiagnosticExpectation, b: DiagnosticExpectation) =>
  a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code);

/**
 * The parse result in the shape of `want`: every node, setting and diagnostic, with the optional
 * fields `want` writes (item by item). Diagnostics in line, column, code order.
 */
export function summarizeForFixture(
  result: ParseResult,
  want: FixtureExpectation,
): FixtureExpectation {
  const nodes = result.nodes.map((n, i): NodeExpectation => {
    const settings: Record<string, SettingExpectation> = {};
    for (const [key, s] of Object.entries(n.settings)) {
      const o = s.origin;
      const full: SettingExpectation =
        o.kind === 'explicit'
          ? { value: s.value, line: o.line, file: o.file, setting: o.setting }
          : { value: s.value, line: -1 };
      settings[key] = project(full, want.nodes[i]?.settings[key], ['file', 'setting']);
    }
    return {
      tech: n.tech,
      scope: n.scope,
      ...(n.process === undefined ? {} : { process: n.process }),
      ...(n.upstreams === undefined ? {} : { upstreams: n.upstreams }),
      settings,
    };
  });
  const sorted = [...want.diagnostics].sort(byPlace);
  const diagnostics = result.diagnostics
    .map((d): DiagnosticExpectation => ({
      code: d.code,
      line: d.line,
      column: d.column,
      severity: d.severity,
      ...(d.file === undefined ? {} : { file: d.file }),
    }))
    .sort(byPlace)
    .map((d, i) => project(d, sorted[i], ['column', 'severity', 'file']));
  return { ...(want.detect ? { detect: want.detect } : {}), nodes, diagnostics };
}

/** `want` with its diagnostics in the order `summarizeForFixture` gives them. */
export const sortedExpectation = (want: FixtureExpectation): FixtureExpectation => ({
  ...want,
  diagnostics: [...want.diagnostics].sort(byPlace),
});
