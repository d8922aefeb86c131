import { LineIndex } from '../../source/line-index';
import { locateDiagnostic, type SpanDiagnostic } from '../../source/diagnostic';
import type { ParseResult, ParserDef, SourceFile } from '../types';
import type { ApplyContext } from './apply';
import { detectHaproxy } from './detect';
import { lexHaproxy, type Line } from './lexer';
import { groupSections, type Section } from './sections';
import { extractHaproxyModel } from './to-model';

/** `setenv` / `presetenv` in `global`: the variables a config can expand (resetenv/unsetenv drop). */
function readGlobalEnv(sections: readonly Section[]): Map<string, string> {
  const env = new Map<string, string>();
  for (const s of sections) {
    if (s.kind !== 'global') continue;
    for (const { words } of s.body) {
      const [kw, name, value] = words;
      if (!kw || !name) continue;
      if ((kw.text === 'setenv' || kw.text === 'presetenv') && value)
        env.set(name.text, value.text);
      if (kw.text === 'unsetenv') for (const w of words.slice(1)) env.delete(w.text);
    }
  }
  return env;
}

/** Lines before the first section header: accepted as a fragment, with a warning. */
function warnLoose(file: string, loose: readonly Line[]): SpanDiagnostic[] {
  const first = loose[0]?.words[0];
  if (!first) return [];
  return [
    {
      code: 'HAPROXY_OUTSIDE_SECTION',
      severity: 'warning',
      message:
        'settings before any section header: read as a defaults section (HAProxy itself requires one)',
      file,
      start: first.start,
      end: first.end,
    },
  ];
}

/**
 * Parses an haproxy.cfg into nodes: frontends (server side), backends (client side) and listen
 * sections (both), each after the `defaults` it inherits. Never throws: problems are diagnostics.
 */
export function parseHaproxy(file: SourceFile): ParseResult {
  const { lines, problems } = lexHaproxy(file.text);
  const { sections, loose } = groupSections(lines);
  const index = new LineIndex(file.text);
  const ctx: ApplyContext = {
    file: file.name,
    text: file.text,
    env: readGlobalEnv(sections),
    diagnostics: [],
  };
  const model = extractHaproxyModel(ctx, sections, loose, (o) => index.position(o));
  const all: SpanDiagnostic[] = [
    ...problems.map((p) => ({
      code: p.code,
      severity: 'error' as const,
      message: p.message,
      file: file.name,
      start: p.offset,
      end: p.offset + 1,
    })),
    ...warnLoose(file.name, loose),
    ...ctx.diagnostics,
    ...model.diagnostics,
  ].sort((a, b) => a.start - b.start);
  const diagnostics = all.map((d) => locateDiagnostic(d, index));
  return { format: 'haproxy', nodes: model.nodes, diagnostics };
}

export const haproxyParser: ParserDef = {
  id: 'haproxy',
  name: 'HAProxy',
  detect: detectHaproxy,
  parse: (file) => parseHaproxy(file),
};
