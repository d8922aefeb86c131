/**
 * Test support shared by the code-snippet parsers (imported by *.test.ts files only):
 * fixture folders with an `expected.json`, and the invariants the property tests check.
 */
import { fc } from '@fast-check/vitest';
import { findTech, resolveNode } from '../../catalog/registry';
import type { ParseResult, ParserDef, SourceFile } from '../types';

/**
 * `expected.json` in a fixture folder. Settings are `[value, line]`; diagnostics `[code, line]`.
 * `detect` is the least confidence the parser must report for the input, `detectAtMost` the most.
 */
export interface FixtureExpectation {
  nodes: {
    tech: string;
    scope: string;
    settings: Record<string, [unknown, number]>;
    /** Present when the parser marks the node as part of one process with others. */
    process?: string;
  }[];
  diagnostics: [string, number][];
  detect?: number;
  /** The most confidence the parser may report (a file of another format). */
  detectAtMost?: number;
  /** With several files in the folder: the one parsed; the others are pasted with it (context). */
  input?: string;
}

export interface Fixture {
  behaviour: string;
  /** As the user would name it: a trailing `.txt` (keeps tsc off `.ts` inputs) is dropped. */
  fileName: string;
  text: string;
  expected: FixtureExpectation;
  /** The folder's other files, given together with the input. */
  context: SourceFile[];
}

/** Groups `import.meta.glob('./__fixtures__/*\/*', { query: '?raw', … })` results by folder. */
export function loadFixtures(files: Record<string, string>): Fixture[] {
  const byDir = new Map<string, { inputs: SourceFile[]; expected?: string }>();
  for (const [path, text] of Object.entries(files)) {
    const m = /__fixtures__\/([^/]+)\/([^/]+)$/.exec(path);
    if (!m?.[1] || !m[2]) continue;
    const entry = byDir.get(m[1]) ?? { inputs: [] };
    if (m[2] === 'expected.json') entry.expected = text;
    else entry.inputs.push({ name: m[2].replace(/\.txt$/, ''), text });
    byDir.set(m[1], entry);
  }
  const out: Fixture[] = [];
  for (const [behaviour, e] of [...byDir].sort(([a], [b]) => a.localeCompare(b))) {
    const expected = JSON.parse(e.expected ?? '{}') as FixtureExpectation;
    const input =
      e.inputs.length === 1 ? e.inputs[0] : e.inputs.find((f) => f.name === expected.input);
    if (!input || e.expected === undefined)
      throw new Error(`fixture ${behaviour} needs an input (named in "input" if several)`);
    const context = e.inputs.filter((f) => f !== input);
    out.push({ behaviour, fileName: input.name, text: input.text, expected, context });
  }
  return out;
}

/** The parse result in the shape of `expected.json`. */
export function summarize(
  result: ParseResult,
): Omit<FixtureExpectation, 'detect' | 'detectAtMost'> {
  return {
    nodes: result.nodes.map((n) => ({
      tech: n.tech,
      scope: n.scope,
      settings: Object.fromEntries(
        Object.entries(n.settings).map(([k, s]) => [
          k,
          [s.value, s.origin.kind === 'explicit' ? s.origin.line : -1] as [unknown, number],
        ]),
      ),
      ...(n.process === undefined ? {} : { process: n.process }),
    })),
    diagnostics: result.diagnostics.map((d) => [d.code, d.line] as [string, number]),
  };
}

/** Parsers and catalog agree: every tech and setting key exists, and each node resolves. */
export function catalogProblems(result: ParseResult): string[] {
  const problems: string[] = [];
  for (const node of result.nodes) {
    const tech = findTech(node.tech);
    if (!tech) {
      problems.push(`unknown tech ${node.tech}`);
      continue;
    }
    const keys = new Set(tech.settings.map((s) => s.key));
    for (const key of Object.keys(node.settings))
      if (!keys.has(key)) problems.push(`${node.tech} has no setting ${key}`);
    try {
      resolveNode({ id: 'n', tech: node.tech, settings: node.settings });
    } catch (e) {
      problems.push(`${node.tech} does not resolve: ${String(e)}`);
    }
  }
  return problems;
}

/**
 * What every parse must satisfy, whatever the input: no internal error, diagnostics inside the
 * text, each extracted setting's line contains the setting as written, and the catalog knows
 * every tech and key. Returns violations.
 */
export function checkInvariants(parser: ParserDef, text: string, fileName: string): string[] {
  const problems: string[] = [];
  const confidence = parser.detect(text, fileName);
  if (!(confidence >= 0 && confidence <= 1)) problems.push(`detect() returned ${confidence}`);
  const result = parser.parse({ name: fileName, text }, { files: [{ name: fileName, text }] });
  const lines = text.split('\n');
  for (const d of result.diagnostics) {
    if (d.code.endsWith('_INTERNAL_ERROR')) problems.push(d.message);
    const line = lines[d.line - 1];
    if (line === undefined || d.column < 1 || d.column > line.length + 1)
      problems.push(`${d.code} at ${d.line}:${d.column} is outside the text`);
    if (!/^[A-Z][A-Z0-9_]*$/.test(d.code)) problems.push(`bad code ${d.code}`);
  }
  for (const node of result.nodes)
    for (const [key, s] of Object.entries(node.settings)) {
      if (s.origin.kind !== 'explicit') {
        problems.push(`${key}: origin ${s.origin.kind}`);
        continue;
      }
      const line = lines[s.origin.line - 1] ?? '';
      if (!line.includes(s.origin.setting))
        problems.push(`${key}: line ${s.origin.line} does not contain "${s.origin.setting}"`);
      if (typeof s.value === 'number' && !Number.isFinite(s.value))
        problems.push(`${key}: ${s.value}`);
    }
  return [...problems, ...catalogProblems(result)];
}

/** Random code built from a language's own tokens (so the parser's paths are really taken). */
export function arbitraryCode(tokens: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(fc.constantFrom(...tokens), { maxLength: 80 }).map((t) => t.join('')),
    fc
      .array(fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 4 })), { maxLength: 80 })
      .map((t) => t.join('')),
  );
}

/** A fixture text after a few random cuts, insertions and duplications. */
export function arbitraryMutation(
  texts: readonly string[],
  tokens: readonly string[],
): fc.Arbitrary<string> {
  const edit = fc.record({
    op: fc.constantFrom('delete', 'insert', 'duplicate', 'truncate'),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    len: fc.nat({ max: 40 }),
    token: fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 3 })),
  });
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 6 }))
    .map(([text, edits]) =>
      edits.reduce((t, e) => {
        const at = Math.floor(e.at * t.length);
        if (e.op === 'delete') return t.slice(0, at) + t.slice(at + e.len);
        if (e.op === 'insert') return t.slice(0, at) + e.token + t.slice(at);
        if (e.op === 'duplicate') return t.slice(0, at) + t.slice(at, at + e.len) + t.slice(at);
        return t.slice(0, at);
      }, text),
    );
}
