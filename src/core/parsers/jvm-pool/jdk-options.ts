import { unknownValue } from '../../model/value';
import type { JvmScan } from './scan';

const JDK = 'jdk-httpclient';
const PROPERTY = 'jdk.httpclient.keepalive.timeout';
/**
 * `-Djdk.httpclient.keepalive.timeout=30` (and `.h2`) anywhere: a `java` command line, a
 * Dockerfile `ENV JAVA_TOOL_OPTIONS=…` / `ENTRYPOINT`, a compose or Kubernetes env value; and
 * `System.setProperty("jdk.httpclient.keepalive.timeout", "30")` in code. Run on the original text:
 * the property sits inside strings. Bounded, no nested quantifiers: linear.
 */
const OPTION = /-Djdk\.httpclient\.keepalive\.timeout(\.h2)?=("?)([^\s"',;\]\\]{0,200})/g;
const SET_PROPERTY =
  /System\s*\.\s*setProperty\s*\(\s*"jdk\.httpclient\.keepalive\.timeout(\.h2)?"\s*,\s*"([^"\n]{0,200})"/g;
/** The JDK client in code: `HttpClient.newHttpClient()` / `HttpClient.newBuilder()`. */
const CLIENT = /(?<![\w$.])HttpClient\s*\.\s*(?:newHttpClient|newBuilder)\s*\(/g;

/** JDK `java.net.http.HttpClient`: its pool idle time, a system property in seconds. */
export function extractJdkOptions(jvm: JvmScan): void {
  const { scan } = jvm;
  const clients = new Set<string>();
  for (const m of scan.matches(CLIENT)) {
    const scope = jvm.scopeOf(m.index, 'HttpClient');
    clients.add(scope);
    scan.node(JDK, scope, m.index);
  }
  // A system property holds for every client of the JVM: those of the file, or the JVM's own node.
  const scopes = clients.size > 0 ? [...clients] : ['JVM options'];
  for (const [re, valueGroup] of [
    [OPTION, 3],
    [SET_PROPERTY, 2],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(scan.text); m; m = re.exec(scan.text)) {
      const at = m.index + m[0].indexOf(PROPERTY);
      if (commentedOut(scan.text, m.index)) continue;
      const written = m[valueGroup] ?? '';
      if (m[1]) {
        scan.report(
          'JVM_H2_ONLY',
          'info',
          `${PROPERTY}.h2 = ${written} applies to HTTP/2 connections only; HTTP/1.1 connections keep ${PROPERTY}`,
          at,
          at + PROPERTY.length + 3,
        );
        continue;
      }
      const value = seconds(jvm, written, at);
      for (const scope of scopes) scan.set(JDK, scope, PROPERTY, value, at, PROPERTY);
    }
  }
}

function seconds(jvm: JvmScan, written: string, at: number) {
  if (/^\d{1,9}$/.test(written)) return Number(written) * 1000;
  const env = /^\$\{?([A-Za-z_]\w*)/.exec(written)?.[1];
  const reason = env
    ? `it comes from the environment variable ${env}, not set in the pasted files`
    : 'not a whole number of seconds';
  jvm.scan.report(
    env ? 'JVM_UNRESOLVED_EXPRESSION' : 'JVM_INVALID_VALUE',
    env ? 'warning' : 'error',
    `${PROPERTY}=${written}: ${reason}; its value is unknown`,
    at,
    at + PROPERTY.length,
  );
  return unknownValue(written || '(empty)', reason);
}

/** The line holding `offset` is a comment up to it (`#`, `//`, `*`): a shell, Dockerfile or Java comment. */
function commentedOut(text: string, offset: number): boolean {
  const lineStart =
    Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const before = text.slice(lineStart, offset).trimStart();
  return (
    before.startsWith('#') ||
    before.startsWith('//') ||
    before.startsWith('*') ||
    before.startsWith('/*') ||
    before.includes(' #')
  );
}
