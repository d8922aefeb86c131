import type { ParseContext, ParserDef, ParseResult, SourceFile } from '../types';
import { detectSafely, parseSafely } from '../code/safe';
import { CodeScan } from '../code/scan';
import { extractJavaCalls, type JavaScan } from './calls';
import { extractPoolTimeToLive } from './pool-ttl';
import { JavaScopes } from './scopes';
import { collectJavaNames } from './values';
import { holdsTimeoutConstants, reportSupplied, sharedConstantSources } from './shared-constants';

/**
 * Apache HttpClient builder code in Java or Kotlin (tech `apache-httpclient5`; code importing
 * `org.apache.http.*` only is HttpClient 4.x, tech `apache-httpclient4`). Diagnostic codes:
 * JAVA_UNRESOLVED_EXPRESSION, JAVA_CLOSE_IDLE_ONE_OFF, JAVA_CLOSE_IDLE_SCHEDULED,
 * JAVA_CUSTOM_KEEP_ALIVE_STRATEGY, JAVA_CONSTANTS_SUPPLIED, JAVA_INTERNAL_ERROR.
 */
export function parseJavaClient(file: SourceFile, context?: ParseContext): ParseResult {
  return parseSafely('java-client', 'JAVA', file, () => {
    const scan = new CodeScan(file, 'java');
    const v4 =
      /\bimport\s+org\.apache\.http\./.test(scan.masked) &&
      !/\borg\.apache\.hc\./.test(scan.masked);
    const java: JavaScan = {
      scan,
      names: collectJavaNames(
        scan.masked,
        sharedConstantSources(file, scan.masked, context?.files ?? []),
      ),
      scopes: new JavaScopes(scan.masked),
      tech: v4 ? 'apache-httpclient4' : 'apache-httpclient5',
    };
    extractJavaCalls(java);
    extractPoolTimeToLive(java);
    const nodes = scan.nodes();
    if (nodes.length === 0) reportSupplied(scan, context?.files ?? []);
    return { format: 'java-client', nodes, diagnostics: scan.diagnostics };
  });
}

const HC_IMPORT = /\borg\.apache\.hc\.client5\b|\borg\.apache\.http\.impl\.(?:client|conn)\b/;
const HC_API =
  /\b(?:HttpClients|HttpAsyncClients)\s*\.\s*(?:custom|createDefault)\s*\(|\.\s*(?:evictIdleConnections|setConnectionKeepAlive|setValidateAfterInactivity|closeIdle)\s*\(|\bPoolingHttpClientConnectionManager(?:Builder)?\b/;
const JAVA_SYNTAX =
  /^[ \t]*(?:import|package)[ \t]+[\w.]+(?:\.\*)?[ \t]*;?[ \t]*$|\b(?:public|private|static)\s+[\w<>[\]]+\s+\w+\s*[=(;]|\bfun\s+\w+\s*\(/m;

/** Confidence 0..1 that `text` is Java/Kotlin code configuring Apache HttpClient. */
export function detectJavaClient(text: string, fileName?: string): number {
  return detectSafely(() => {
    const head = text.slice(0, 200_000);
    let score = fileName && /\.(?:java|kt|kts)$/i.test(fileName) ? 0.4 : 0;
    const api = HC_API.test(head);
    const imports = HC_IMPORT.test(head);
    if (imports) score += 0.5;
    if (api) score += 0.4;
    if (
      /\bTimeValue\s*\.\s*of\w*\s*\(|\b(?:RequestConfig|ConnectionConfig)\s*\.\s*custom\s*\(/.test(
        head,
      )
    )
      score += 0.2;
    if (JAVA_SYNTAX.test(head)) score += 0.1;
    if (api || imports) return Math.min(1, score);
    // A constants class (HttpDefaults.java) is read as context for the client pasted with it.
    return holdsTimeoutConstants(head) && score >= 0.4 ? 0.35 : Math.min(score, 0.2);
  });
}

export const javaClientParser: ParserDef = {
  id: 'java-client',
  name: 'Java/Kotlin Apache HttpClient code',
  detect: detectJavaClient,
  parse: (file, context) => parseJavaClient(file, context),
};
