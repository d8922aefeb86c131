import { unknownValue } from '../../model/value';
import { findExpressionEnd, type Span } from '../code/brackets';
import { quoteExpression } from '../code/scan';
import type { JavaScan } from './calls';
import { evaluateJavaDuration } from './values';

/** `DefaultConnectionKeepAliveStrategy.INSTANCE` / `new DefaultConnectionKeepAliveStrategy()`. */
const DEFAULT_STRATEGY =
  /^(?:[\w.]*\.)?DefaultConnectionKeepAliveStrategy\s*(?:\.\s*INSTANCE|\(\s*\))$|^new\s+(?:[\w.]*\.)?DefaultConnectionKeepAliveStrategy\s*\(\s*\)$/;
/** `(response, context) -> 30_000L`: a lambda whose body is one expression. */
const LAMBDA = /^\(?[\w\s,]*\)?\s*->\s*([^{][\s\S]*)$/;

/**
 * A strategy passed by name (`setKeepAliveStrategy(keepAlive)`): the expression its declaration
 * in the file gives it (`ConnectionKeepAliveStrategy keepAlive = (r, c) -> 30_000L;`); or by a
 * call of a method of the file that returns one expression (`keepAliveStrategy()` with
 * `{ return DefaultConnectionKeepAliveStrategy.INSTANCE; }`, Kotlin `= …`); else the argument itself. One scan.
 */
function resolveLocal(file: string, arg: string): string {
  const call = /^([A-Za-z_$][\w$]*)\s*\(\s*\)$/.exec(arg)?.[1];
  const name = call ?? (/^[A-Za-z_$][\w$]*$/.test(arg) ? arg : undefined);
  if (name === undefined) return arg;
  const escaped = name.replace(/\$/g, '\\$');
  const decl = call
    ? new RegExp(
        `[\\w.<>?]\\s+${escaped}\\s*\\(\\s*\\)\\s*(?::\\s*[\\w.<>?]+\\s*)?(?:\\{\\s*return\\s+|=(?!=)\\s*)`,
        'g',
      )
    : new RegExp(`[\\w.<>?]\\s+${escaped}\\s*=(?!=)\\s*`, 'g');
  const m = decl.exec(file);
  if (!m) return arg;
  const start = m.index + m[0].length;
  return file.slice(start, findExpressionEnd(file, start, true)).trim();
}

/**
 * `setKeepAliveStrategy(…)`. The default strategy (HttpClient 4 and 5) changes nothing. Any other
 * decides how long a connection stays pooled: in 4.x that is `keepAliveStrategy`, in 5.x it takes
 * the place of `connectionKeepAlive`; a lambda returning a constant gives its value, otherwise the
 * value is unknown (with JAVA_CUSTOM_KEEP_ALIVE_STRATEGY).
 */
export function writeStrategy(
  java: JavaScan,
  scope: string,
  name: string,
  nameOffset: number,
  arg: Span | undefined,
): void {
  const { scan, tech } = java;
  scan.node(tech, scope, nameOffset);
  const masked = arg ? scan.masked.slice(arg.start, arg.end).trim() : '';
  const resolved = resolveLocal(scan.masked, masked);
  if (DEFAULT_STRATEGY.test(resolved.replace(/\s+/g, ' '))) return;
  const key = tech === 'apache-httpclient4' ? 'keepAliveStrategy' : 'connectionKeepAlive';
  const body = LAMBDA.exec(resolved)?.[1];
  const ms =
    body === undefined
      ? undefined
      : evaluateJavaDuration([body], java.names, tech === 'apache-httpclient4');
  if (ms?.ok) {
    scan.set(tech, scope, key, ms.value, nameOffset, name);
    return;
  }
  scan.report(
    'JAVA_CUSTOM_KEEP_ALIVE_STRATEGY',
    'info',
    'A custom keep-alive strategy decides how long connections stay pooled (the server hint is no longer honoured by default); its result cannot be read here, so it is unknown until you set it in the chain.',
    nameOffset,
    nameOffset + name.length,
  );
  const why = 'a custom keep-alive strategy computes it at run time';
  const shown = quoteExpression(masked) || name;
  scan.set(tech, scope, key, unknownValue(shown, why), nameOffset, name);
}
