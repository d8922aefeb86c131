import { scopeAt } from '../code/binding';
import { findEnclosingOpen } from '../code/brackets';
import { readArguments } from '../code/objects';
import { quoteExpression, type CodeScan } from '../code/scan';
import { unresolvedValue } from '../code/unknown';
import { writeStrategy } from './strategy';
import type { JavaScopes } from './scopes';
import { NOT_A_DURATION, evaluateJavaDuration, type JavaNames } from './values';

type JavaTech = 'apache-httpclient5' | 'apache-httpclient4';

interface JavaMethod {
  kind: 'setting' | 'close-idle' | 'strategy';
  /** Catalog key in HttpClient 5 / 4.x; a method absent from a version has none. */
  v5?: string;
  v4?: string;
  /** 4.x takes a plain `int` of milliseconds. */
  bareMs4?: boolean;
  /** A name other libraries use too (JMS `setTimeToLive(long)`): only a duration argument counts. */
  generic?: boolean;
}

/** Builder and connection-manager methods that set idle behaviour, by name. */
const METHODS: Readonly<Record<string, JavaMethod>> = {
  evictIdleConnections: { kind: 'setting', v5: 'evictIdleConnections', v4: 'evictIdleConnections' },
  setConnectionKeepAlive: { kind: 'setting', v5: 'connectionKeepAlive' },
  setValidateAfterInactivity: {
    kind: 'setting',
    v5: 'validateAfterInactivity',
    v4: 'validateAfterInactivity',
    bareMs4: true,
  },
  setTimeToLive: { kind: 'setting', v5: 'timeToLive', generic: true },
  setConnectionTimeToLive: { kind: 'setting', v5: 'timeToLive', v4: 'connectionTimeToLive' },
  closeIdle: { kind: 'close-idle' },
  closeIdleConnections: { kind: 'close-idle' },
  setKeepAliveStrategy: { kind: 'strategy' },
};

const CALL = new RegExp(String.raw`\.\s*(${Object.keys(METHODS).join('|')})\s*\(`, 'g');
const FACTORY =
  /(?<![\w$.])(?:(?:HttpClients|HttpAsyncClients)\s*\.\s*(?:custom|createDefault|createSystem|createMinimal)|(?:HttpClientBuilder|HttpAsyncClientBuilder)\s*\.\s*create)\s*\(/g;

export interface JavaScan {
  scan: CodeScan;
  names: JavaNames;
  scopes: JavaScopes;
  tech: JavaTech;
}

/** Every client factory (a client at its defaults) and every idle-related builder call. */
export function extractJavaCalls(java: JavaScan): void {
  const { scan, scopes, tech } = java;
  const factories = [...scan.matches(FACTORY)].map((m) => {
    const { line } = scan.position(m.index);
    const scope = scopeAt(scan.masked, m.index, 'java', `HttpClient at line ${line}`);
    scopes.markClient(scope);
    return { scope, offset: m.index };
  });
  for (const f of factories) scan.node(tech, scopes.resolve(f.scope), f.offset);
  for (const m of scan.matches(CALL)) {
    const name = m[1] ?? '';
    const method = Object.hasOwn(METHODS, name) ? METHODS[name] : undefined;
    if (!method) continue;
    const nameOffset = m.index + m[0].indexOf(name);
    const { line } = scan.position(m.index);
    const scope = scopes.resolve(scopes.scopeOfCall(m.index, `HttpClient at line ${line}`));
    const { args, close } = readArguments(scan.masked, m.index + m[0].length - 1);
    const argTexts = args.map((a) => scan.masked.slice(a.start, a.end));
    const argStart = args[0]?.start ?? nameOffset;
    const argEnd = args.at(-1)?.end ?? (close < 0 ? argStart : close);
    if (method.kind === 'strategy') {
      writeStrategy(java, scope, name, nameOffset, args[0]);
      continue;
    }
    const key = tech === 'apache-httpclient4' ? method.v4 : method.v5;
    const bareMs = tech === 'apache-httpclient4' && method.bareMs4 === true;
    const ms = evaluateJavaDuration(argTexts, java.names, bareMs);
    if (method.kind === 'close-idle') {
      closeIdle(java, scope, name, nameOffset, ms.ok ? ms.value : undefined);
      continue;
    }
    // A generic name (JMS `setTimeToLive(long)`) counts only with a duration argument, known or not.
    if (key === undefined || (method.generic && !ms.ok && ms.error === NOT_A_DURATION)) continue;
    if (!ms.ok) {
      scan.report(
        'JAVA_UNRESOLVED_EXPRESSION',
        'warning',
        `Cannot work out ${name}(${quoteExpression(argTexts.join(', '))}) from the pasted files: it is unknown until you set its value in the chain.`,
        argStart,
        argEnd,
      );
      const value = unresolvedValue(scan.text.slice(argStart, argEnd));
      scan.set(tech, scope, key, value, nameOffset, name);
      continue;
    }
    scan.set(tech, scope, key, ms.value, nameOffset, name);
  }
}

/**
 * `connectionManager.closeIdle(…)` closes idle connections once, when it runs. Only when it runs
 * on a schedule does it act like an evictor (then recorded as `evictIdleConnections`).
 */
function closeIdle(
  java: JavaScan,
  scope: string,
  name: string,
  offset: number,
  ms: number | undefined,
): void {
  const { scan } = java;
  const end = offset + name.length;
  if (isScheduled(scan.masked, offset) && ms !== undefined) {
    scan.set(java.tech, scope, 'evictIdleConnections', ms, offset, name);
    scan.report(
      'JAVA_CLOSE_IDLE_SCHEDULED',
      'info',
      `${name} runs on a schedule, so it works like an idle evictor: a connection may stay idle up to the limit plus one period.`,
      offset,
      end,
    );
    return;
  }
  scan.node(java.tech, scope, offset);
  scan.report(
    'JAVA_CLOSE_IDLE_ONE_OFF',
    'info',
    `${name} closes idle connections once, when this line runs; it is not an idle policy. Use evictIdleConnections(…) on the builder for that.`,
    offset,
    end,
  );
}

/** Inside `scheduleAtFixedRate(…)`/`scheduleWithFixedDelay(…)` or an `@Scheduled` method. */
function isScheduled(masked: string, offset: number): boolean {
  let at = offset;
  for (let level = 0; level < 12; level++) {
    const open = findEnclosingOpen(masked, at);
    if (open < 0) return false;
    const before = masked.slice(Math.max(0, open - 400), open);
    if (masked[open] === '(' && /schedule(?:AtFixedRate|WithFixedDelay)?\s*$/.test(before))
      return true;
    if (masked[open] === '{') {
      const head = before.slice(
        Math.max(before.lastIndexOf(';'), before.lastIndexOf('}'), before.lastIndexOf('{')) + 1,
      );
      if (/@Scheduled\b/.test(head)) return true;
    }
    at = open;
  }
  return false;
}
