import { LineIndex } from '../../source/line-index';
import { locateDiagnostic, type SpanDiagnostic, sortInReadingOrder } from '../../source/diagnostic';
import type { ParseContext, ParseResult, ParserDef, SourceFile } from '../types';
import { collect } from './collect';
import { detectApache } from './detect';
import { expandIncludes, indexFiles } from './includes';
import type { Statement } from './lexer';
import { extractApacheModel } from './to-model';

/** `Define NAME value` anywhere in the expanded config (httpd reads them in order; so do we). */
function readDefines(statements: readonly Statement[]): Map<string, string> {
  const defines = new Map<string, string>();
  for (const st of statements) {
    const [name, value] = st.args;
    if (st.kind !== 'directive' || !name) continue;
    if (st.key === 'define' && value) defines.set(name.text, value.text);
    if (st.key === 'undefine') defines.delete(name.text);
  }
  return defines;
}

/**
 * Parses an Apache httpd config (with the files it `Include`s, found among `context.files`) into
 * nodes: each virtual host (server side) and each mod_proxy worker it proxies to (client side).
 * Never throws: problems come back as diagnostics with line and column.
 */
export function parseApache(file: SourceFile, context: ParseContext): ParseResult {
  const { statements, problems } = expandIncludes(file, context.files);
  const collected = collect(statements, readDefines(statements));
  const { byName } = indexFiles(file, context.files);
  const indexes = new Map<string, LineIndex>();
  const indexOf = (name: string) => {
    let index = indexes.get(name);
    if (!index) indexes.set(name, (index = new LineIndex(byName.get(name)?.text ?? '')));
    return index;
  };
  const model = extractApacheModel(collected, (name, offset) => indexOf(name).position(offset));
  const all: SpanDiagnostic[] = [
    ...problems.map(({ file: f, problem: p, severity }) => ({
      code: p.code,
      severity,
      message: p.message,
      file: f,
      start: p.offset,
      end: p.offset + 1,
    })),
    ...collected.diagnostics,
    ...model.diagnostics,
  ];
  sortInReadingOrder(all, file.name);
  const diagnostics = all.map((d) => locateDiagnostic(d, indexOf(d.file)));
  return { format: 'apache-httpd', nodes: model.nodes, diagnostics };
}

export const apacheHttpdParser: ParserDef = {
  id: 'apache-httpd',
  name: 'Apache httpd',
  detect: detectApache,
  parse: (file, context) => parseApache(file, context),
};
