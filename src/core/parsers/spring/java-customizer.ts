import type { SettingScalar } from '../../model/chain';
import { unknownValue } from '../../model/value';
import {
  findEnclosingOpen,
  findExpressionEnd,
  findOpening,
  previousNonSpace,
  trimSpan,
} from '../code/brackets';
import { readArguments } from '../code/objects';
import { parseSafely } from '../code/safe';
import { CodeScan, quoteExpression } from '../code/scan';
import { collectJavaNames, evaluateJavaNumber, type JavaNames } from '../java-client/values';
import type { ParseResult, SourceFile } from '../types';
import { normalizeLoneCr } from '../line-ends';
import { ownEntry } from '../../model/own-entry';

const TECH = 'spring-boot-tomcat';

/**
 * Tomcat's `AbstractHttp11Protocol` setters (int milliseconds, or a count) and the connector
 * property names `Connector.setProperty` takes, as spring-boot-tomcat settings.
 * Source: tomcat 84ac9af072 AbstractHttp11Protocol / AbstractEndpoint (-1 = infinite).
 */
const SETTERS: Readonly<Record<string, string>> = {
  keepAliveTimeout: 'server.tomcat.keep-alive-timeout',
  connectionTimeout: 'server.tomcat.connection-timeout',
  maxKeepAliveRequests: 'server.tomcat.max-keep-alive-requests',
};

const NAMES = Object.keys(SETTERS).join('|');
const UPPER = Object.keys(SETTERS)
  .map((k) => `set${k[0]?.toUpperCase() ?? ''}${k.slice(1)}`)
  .join('|');
/** Java: `protocol.setKeepAliveTimeout(30000)`. */
const SETTER_CALL = new RegExp(String.raw`\.\s*(${UPPER})\s*\(`, 'g');
/** Kotlin: `(connector.protocolHandler as AbstractHttp11Protocol<*>).keepAliveTimeout = 30000`. */
const PROPERTY_WRITE = new RegExp(String.raw`\.\s*(${NAMES})\s*=(?!=)`, 'g');
/**
 * Kotlin scope functions: `(connector.protocolHandler as AbstractHttp11Protocol<*>).apply {
 * keepAliveTimeout = 30000 }` — the property written with no receiver, at a statement's start.
 */
const RECEIVERLESS_WRITE = new RegExp(String.raw`(?<=[{;\n])[ \t]*(${NAMES})[ \t]*=(?!=)`, 'g');
/** `connector.setProperty("keepAliveTimeout", "30000")`. */
const SET_PROPERTY = /\.\s*setProperty\s*\(/g;

/** Code that customises Spring Boot's embedded Tomcat (what makes these setters Tomcat's). */
export const TOMCAT_CUSTOMIZER =
  /\b(?:TomcatConnectorCustomizer|TomcatProtocolHandlerCustomizer|Tomcat(?:Servlet|Reactive)WebServerFactory|ConfigurableTomcatWebServerFactory|AbstractHttp11Protocol|Http11Nio2?Protocol)\b/;

/**
 * Spring Boot Java/Kotlin code that sets Tomcat's keep-alive on the connector (a
 * `WebServerFactoryCustomizer<TomcatServletWebServerFactory>` or `TomcatConnectorCustomizer`):
 * one spring-boot-tomcat node with the values in ms. A value held in a variable or a parameter
 * that the file does not give is unknown. Never throws.
 */
export function parseTomcatCustomizer(file: SourceFile): ParseResult {
  return parseSafely('spring', 'SPRING', file, () => {
    // A lone CR ends a line here as in the YAML and .properties files.
    const scan = new CodeScan({ name: file.name, text: normalizeLoneCr(file.text) }, 'java');
    const names = collectJavaNames(scan.masked);
    const scope = readScope(scan.masked);
    let found = false;
    const write = (name: string, at: number, expr: string, written = name) => {
      const key = ownEntry(SETTERS, name);
      if (key === undefined) return;
      found = true;
      scan.set(TECH, scope, key, readValue(expr, names), at, written);
    };
    for (const m of scan.matches(SETTER_CALL)) {
      const open = m.index + m[0].length - 1;
      const { args } = readArguments(scan.masked, open);
      const [arg] = args;
      const setter = m[1] ?? '';
      const name = `${setter[3]?.toLowerCase() ?? ''}${setter.slice(4)}`;
      if (args.length === 1 && arg)
        write(name, m.index + m[0].indexOf(setter), scan.text.slice(arg.start, arg.end), setter);
    }
    for (const m of [...scan.matches(PROPERTY_WRITE), ...receiverless(scan.masked)]) {
      const start = m.index + m[0].length;
      const span = trimSpan(scan.masked, {
        start,
        end: findExpressionEnd(scan.masked, start, false),
      });
      write(m[1] ?? '', m.index + m[0].indexOf(m[1] ?? ''), scan.text.slice(span.start, span.end));
    }
    for (const m of scan.matches(SET_PROPERTY)) readSetProperty(scan, m, write);
    // A customizer that sets none of these leaves Tomcat at its defaults: still a Tomcat server.
    if (!found) scan.node(TECH, scope, 0);
    return { format: 'spring', nodes: scan.nodes(), diagnostics: scan.diagnostics };
  });
}

/** `setProperty("keepAliveTimeout", "30000")`: a quoted property name and a quoted number. */
function readSetProperty(
  scan: CodeScan,
  m: RegExpExecArray,
  write: (name: string, at: number, expr: string, written?: string) => void,
) {
  const { args } = readArguments(scan.masked, m.index + m[0].length - 1);
  const [name, value] = args.map((a) => scan.text.slice(a.start, a.end));
  const property = /^"(\w+)"$/.exec(name ?? '')?.[1];
  if (args.length !== 2 || property === undefined || value === undefined) return;
  const literal = /^"\s*([+-]?\d+)\s*"$/.exec(value)?.[1];
  write(property, (args[0]?.start ?? m.index) + 1, literal ?? value);
}

/** Milliseconds or a count; -1 (any negative) is infinite in Tomcat: null. */
function readValue(expr: string, names: JavaNames): SettingScalar {
  const r = evaluateJavaNumber(expr, names);
  if (!r.ok || !Number.isFinite(r.value))
    return unknownValue(
      quoteExpression(expr),
      'a variable, parameter or call whose value is not in the pasted files',
    );
  return r.value < 0 ? null : Math.round(r.value);
}

/** `customizer TomcatConfig`: the first class of the file names the scope. */
function readScope(masked: string): string {
  const name = /\b(?:class|object)\s+([A-Za-z_$][\w$]*)/.exec(masked)?.[1];
  return name === undefined ? 'customizer' : `customizer ${name}`;
}

/** Receiver-less writes inside a Kotlin `apply { … }` / `with(…) { … }` / `run { … }` block. */
function receiverless(masked: string): RegExpExecArray[] {
  if (!/\b(?:apply|with|run)\b/.test(masked)) return [];
  return [...masked.matchAll(RECEIVERLESS_WRITE)].filter((m) =>
    insideScopeFunction(masked, m.index),
  );
}

/** Whether the block around `at` is the lambda of Kotlin `apply {`, `run {` or `with(x) {`. */
function insideScopeFunction(masked: string, at: number): boolean {
  const open = findEnclosingOpen(masked, at);
  if (open < 0 || masked[open] !== '{') return false;
  if (/\b(?:apply|run)\s*$/.test(masked.slice(Math.max(0, open - 20), open))) return true;
  const close = previousNonSpace(masked, open);
  if (close < 0 || masked[close] !== ')') return false;
  const call = findOpening(masked, close);
  return call > 0 && /\bwith\s*$/.test(masked.slice(Math.max(0, call - 20), call));
}
