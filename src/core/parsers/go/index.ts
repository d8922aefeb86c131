import type { ParserDef, ParseResult, SourceFile } from '../types';
import { detectSafely, parseSafely } from '../code/safe';
import { CodeScan } from '../code/scan';
import { extractAssignments, extractTransportOrigins } from './assignments';
import { extractLiterals } from './literals';
import { collectGoNames } from './values';

/**
 * Go `net/http` code: `http.Server` (tech `go-http-server`) and `http.Transport` / `http.Client`
 * (tech `go-transport`) from composite literals, field assignments and the default transport.
 * Fragments without `package` are fine. Diagnostic codes: GO_UNRESOLVED_EXPRESSION,
 * GO_UNTERMINATED_LITERAL, GO_DUPLICATE_FIELD, GO_DURATION_WITHOUT_UNIT, GO_INTERNAL_ERROR.
 */
export function parseGo(file: SourceFile): ParseResult {
  return parseSafely('go', 'GO', file, () => {
    const scan = new CodeScan(file, 'go');
    const go = { scan, names: collectGoNames(scan.masked) };
    extractLiterals(go);
    extractAssignments(go);
    extractTransportOrigins(go);
    return { format: 'go', nodes: scan.nodes(), diagnostics: scan.diagnostics };
  });
}

/** Confidence 0..1 that `text` is Go code using net/http; the file name is a hint. */
export function detectGo(text: string, fileName?: string): number {
  return detectSafely(() => {
    const head = text.slice(0, 200_000);
    let score = fileName && /\.go$/i.test(fileName) ? 0.4 : 0;
    const goPackage = /^[ \t]*package[ \t]+[A-Za-z_]\w*[ \t]*$/m.test(head);
    const usesHttp =
      /"net\/http"|\bhttp\s*\.\s*(?:Server|Transport|Client)\s*\{|\bhttp\.(?:DefaultTransport|DefaultClient|Get|Post)\b/.test(
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
  parse: (file) => parseGo(file),
};
