import { locateDiagnostic, type SpanDiagnostic, sortInReadingOrder } from '../../source/diagnostic';
import { LineIndex } from '../../source/line-index';
import type { ParseContext, ParseResult, ParserDef, SourceFile } from '../types';
import { extractCaddyfile } from './caddyfile';
import { detectCaddyfile, detectCaddyJson } from './detect';
import { expandImports } from './imports';
import { parseCaddyJson } from './json';

/**
 * Parses a Caddyfile (with its snippets and the pasted files it imports) or Caddy's JSON config
 * into nodes: one per site block or JSON server (server side), one per `reverse_proxy` (client
 * side). Never throws: problems are diagnostics with line and column.
 */
export function parseCaddy(file: SourceFile, context: ParseContext): ParseResult {
  const textOf = (name: string) =>
    name === file.name ? file.text : (context.files.find((f) => f.name === name)?.text ?? '');
  const indexes = new Map<string, LineIndex>();
  const indexOf = (name: string) => {
    let index = indexes.get(name);
    if (!index) indexes.set(name, (index = new LineIndex(textOf(name))));
    return index;
  };
  const locate = (name: string, offset: number) => indexOf(name).position(offset);
  let all: SpanDiagnostic[];
  let nodes;
  if (detectCaddyJson(file.text) > 0 || /^\s*\{\s*"/.test(file.text)) {
    ({ nodes, diagnostics: all } = parseCaddyJson(file.name, file.text, locate));
  } else {
    const { directives, problems } = expandImports(file, context.files);
    const model = extractCaddyfile(directives, locate);
    nodes = model.nodes;
    all = [
      ...problems.map(({ file: f, problem: p, severity }) => ({
        code: p.code,
        severity,
        message: p.message,
        file: f,
        start: p.offset,
        end: p.offset + 1,
      })),
      ...model.diagnostics,
    ];
  }
  sortInReadingOrder(all, file.name);
  return {
    format: 'caddy',
    nodes,
    diagnostics: all.map((d) => locateDiagnostic(d, indexOf(d.file))),
  };
}

export const caddyParser: ParserDef = {
  id: 'caddy',
  name: 'Caddy (Caddyfile or JSON config)',
  detect: (text, fileName) => Math.max(detectCaddyfile(text, fileName), detectCaddyJson(text)),
  parse: (file, context) => parseCaddy(file, context),
};
