import type { ParseContext, ParserDef, ParseResult, SourceFile } from '../types';
import { detectSafely, parseSafely } from '../code/safe';
import { CodeScan } from '../code/scan';
import { maskCode } from '../code/mask';
import { markProcess } from '../code/process';
import { extractAssignments, extractTransportOrigins } from './assignments';
import { extractDefaultServers } from './listen';
import { extractLiterals } from './literals';
import { GoScopes } from './scopes';
import { DeclaredTypes } from './declared-types';
import { collectGoNames } from './values';

/**
 * Go `net/http` code: `http.Server` (tech `go-http-server`) and `http.Transport` / `http.Client`
 * (tech `go-transport`) from composite literals, field assignments and the default transport;
 * `http.ListenAndServe`, gin `Run` and echo `Start` serve on a zero http.Server (its defaults).
 * Fragments without `package` are fine. Diagnostic codes: GO_UNRESOLVED_EXPRESSION,
 * GO_UNTERMINATED_LITERAL, GO_DUPLICATE_FIELD, GO_DURATION_WITHOUT_UNIT, GO_INTERNAL_ERROR.
 */
export function parseGo(file: SourceFile, context?: ParseContext): ParseResult {
  return parseSafely('go', 'GO', file, () => {
    const scan = new CodeScan(file, 'go');
    const go = {
      scan,
      names: collectGoNames(scan.masked, otherGoFiles(file, context)),
      scopes: new GoScopes(scan.masked),
      types: new DeclaredTypes(scan.masked),
    };
    extractLiterals(go);
    extractAssignments(go);
    extractTransportOrigins(go);
    extractDefaultServers(go);
    const nodes = markProcess(scan.nodes(), file.name, ['go-http-server'], ['go-transport']);
    return { format: 'go', nodes, diagnostics: scan.diagnostics };
  });
}

/**
 * The other Go files pasted together with `file`, masked, for the constants they declare
 * (`config.IdleTimeout` in config.go). Only among a few files: each parse reads them all.
 */
function otherGoFiles(file: SourceFile, context: ParseContext | undefined): string[] {
  const files = context?.files ?? [];
  if (files.length > MAX_SHARED_FILES) return [];
  return files
    .filter((f) => f !== file && f.name !== file.name && isGoSource(f))
    .map((f) => maskCode(f.text, 'go'));
}
const MAX_SHARED_FILES = 16;
const isGoSource = (f: SourceFile) =>
  /\.go$/i.test(f.name) || /^[ \t]*package[ \t]+[A-Za-z_]\w*[ \t]*$/m.test(f.text.slice(0, 4096));

/** Confidence 0..1 that `text` is Go code using net/http; the file name is a hint. */
export function detectGo(text: string, fileName?: string): number {
  return detectSafely(() => {
    const head = text.slice(0, 200_000);
    let score = fileName && /\.go$/i.test(fileName) ? 0.4 : 0;
    const goPackage = /^[ \t]*package[ \t]+[A-Za-z_]\w*[ \t]*$/m.test(head);
    const usesHttp =
      /"net\/http"|"github\.com\/(?:gin-gonic\/gin|labstack\/echo[\w/]*)"|\bhttp\s*\.\s*(?:Server|Transport|Client)\s*\{|\bhttp\.(?:DefaultTransport|DefaultClient|Get|Post|ListenAndServe)\b/.test(
        head,
      );
    const goSyntax = /:=|\bfunc\s+\w*\s*\(|\btime\.(?:Second|Minute|Millisecond)\b/.test(head);
    if (goPackage) score += 0.3;
    if (usesHttp) score += 0.4;
    if (goSyntax) score += 0.2;
    if (/\.(?:IdleTimeout|IdleConnTimeout)\s*=/.test(head) && goSyntax) score += 0.2;
    return usesHttp || score >= 0.4 ? Math.min(1, score) : Math.min(score, 0.2);
  });
}

export const goParser: ParserDef = {
  id: 'go',
  name: 'Go net/http code',
  detect: detectGo,
  parse: (file, context) => parseGo(file, context),
};
