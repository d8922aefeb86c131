import type { ParseContext, ParserDef, ParseResult, SourceFile } from '../types';
import { detectSafely, parseSafely } from '../code/safe';
import { CodeScan } from '../code/scan';
import { JavaScopes } from '../java-client/scopes';
import { sharedConstantSources } from '../java-client/shared-constants';
import { collectJavaNames } from '../java-client/values';
import { extractJdkOptions } from './jdk-options';
import { extractOkHttp } from './okhttp';
import { extractReactor } from './reactor';
import type { JvmScan } from './scan';

const FORMAT = 'jvm-pool';

/**
 * JVM HTTP client pools other than Apache HttpClient: OkHttp `ConnectionPool` (Java and Kotlin),
 * Reactor Netty `ConnectionProvider` (Spring WebClient), and the JDK `HttpClient`'s
 * `-Djdk.httpclient.keepalive.timeout` in code, command lines, Dockerfiles and env values.
 * Diagnostic codes: JVM_UNRESOLVED_EXPRESSION, JVM_INVALID_VALUE, JVM_H2_ONLY, JVM_INTERNAL_ERROR.
 */
export function parseJvmPool(file: SourceFile, context?: ParseContext): ParseResult {
  return parseSafely(FORMAT, 'JVM', file, () => {
    const scan = new CodeScan(file, 'java');
    const scopes = new JavaScopes(scan.masked);
    const jvm: JvmScan = {
      scan,
      names: collectJavaNames(
        scan.masked,
        sharedConstantSources(file, scan.masked, context?.files ?? []),
      ),
      scopes,
      reactor: REACTOR.test(scan.masked) || REACTOR_IMPORT.test(scan.text),
      scopeOf: (offset, what) => {
        const { line } = scan.position(offset);
        const fallback = `${what} at line ${line}`;
        return scopes.resolve(scopes.scopeOfCall(offset, fallback));
      },
    };
    extractOkHttp(jvm);
    extractReactor(jvm);
    extractJdkOptions(jvm);
    // Fix snippets are given in the file's language (OkHttp: `new ConnectionPool(…)` in Java).
    const syntax = isKotlin(file) ? 'kotlin' : 'java';
    const nodes = scan.nodes().map((n) => ({ ...n, syntax }));
    return { format: FORMAT, nodes, diagnostics: scan.diagnostics };
  });
}

const isKotlin = (file: SourceFile): boolean =>
  /\.kts?$/i.test(file.name) ||
  /^[ \t]*(?:fun|val|object|data class)\s/m.test(file.text.slice(0, 200_000));

const REACTOR = /\bConnectionProvider\s*\.|\bReactorClientHttpConnector\b/;
const REACTOR_IMPORT = /\bimport\s+reactor\.netty\./;
const OKHTTP = /\bimport\s+okhttp3\.|\bOkHttpClient\b/;
const JDK_PROPERTY = /-Djdk\.httpclient\.keepalive\.timeout|"jdk\.httpclient\.keepalive\.timeout/;
const JDK_CLIENT =
  /\bimport\s+java\.net\.http\.|\bHttpClient\s*\.\s*(?:newHttpClient|newBuilder)\s*\(/;
const POOL_CALL = /\bConnectionPool\s*\(|\.\s*max(?:Idle|Life)Time\s*\(/;
const WINDOW = 200_000;

/** Confidence 0..1 that `text` configures an OkHttp, Reactor Netty or JDK HttpClient pool. */
export function detectJvmPool(text: string, fileName?: string): number {
  return detectSafely(() => {
    const head = text.length > WINDOW ? text.slice(0, WINDOW) : text;
    const code = fileName !== undefined && /\.(?:java|kt|kts)$/i.test(fileName);
    if (JDK_PROPERTY.test(head)) return 0.85;
    if (OKHTTP.test(head) || REACTOR_IMPORT.test(head) || REACTOR.test(head)) return 0.85;
    if (JDK_CLIENT.test(head)) return 0.8;
    return POOL_CALL.test(head) && code ? 0.5 : 0;
  });
}

export const jvmPoolParser: ParserDef = {
  id: FORMAT,
  name: 'OkHttp / Reactor Netty / JDK HttpClient pool settings',
  detect: detectJvmPool,
  parse: (file, context) => parseJvmPool(file, context),
};
