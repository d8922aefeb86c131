import type { SettingScalar } from '../../model/chain';
import { findExpressionEnd } from '../code/brackets';
import { evaluateBounded } from '../code/evaluate';
import { markProcess } from '../code/process';
import { CodeScan, asWritten } from '../code/scan';
import { unresolvedValue } from '../code/unknown';
import type { ExtractedNode, SourceFile } from '../types';
import { HANDLER_SCOPE, KESTREL_SCOPE } from './keys';
import { readTimeSpan } from './timespan';
import { ownEntry } from '../../model/own-entry';

const FACTORS: Record<string, number> = {
  FromMilliseconds: 1,
  FromSeconds: 1000,
  FromMinutes: 60_000,
  FromHours: 3_600_000,
  FromDays: 86_400_000,
};

/** Property assignments (`x.Limits.KeepAliveTimeout = …`, `{ PooledConnectionIdleTimeout = … }`). */
const ASSIGN =
  /\b(KeepAliveTimeout|RequestHeadersTimeout|PooledConnectionIdleTimeout|PooledConnectionLifetime)\s*=(?![=>])/g;
const HANDLER_LIFETIME = /\.\s*(SetHandlerLifetime)\s*\(/g;

const TARGET: Record<string, { tech: string; scope: string; key: string }> = {
  KeepAliveTimeout: { tech: 'kestrel', scope: KESTREL_SCOPE, key: 'Limits.KeepAliveTimeout' },
  RequestHeadersTimeout: {
    tech: 'kestrel',
    scope: KESTREL_SCOPE,
    key: 'Limits.RequestHeadersTimeout',
  },
  PooledConnectionIdleTimeout: {
    tech: 'dotnet-http-client',
    scope: HANDLER_SCOPE,
    key: 'PooledConnectionIdleTimeout',
  },
  PooledConnectionLifetime: {
    tech: 'dotnet-http-client',
    scope: HANDLER_SCOPE,
    key: 'PooledConnectionLifetime',
  },
  SetHandlerLifetime: { tech: 'dotnet-http-client', scope: HANDLER_SCOPE, key: 'HandlerLifetime' },
};

/**
 * A C# `TimeSpan` expression in ms: `TimeSpan.FromSeconds(30)` (arithmetic inside),
 * `new TimeSpan(h, m, s)` / `(d, h, m, s)`, `TimeSpan.Parse("00:01:00")`, `TimeSpan.Zero`;
 * `Timeout.InfiniteTimeSpan` and `TimeSpan.MaxValue` are no limit. Anything else (a variable,
 * a configuration read) is unknown.
 */
export function evaluateTimeSpan(expr: string): SettingScalar {
  const e = expr.replace(/\s+/g, '').replace(/^System\./, '');
  if (/^(?:System\.Threading\.)?Timeout\.InfiniteTimeSpan$|^TimeSpan\.MaxValue$/.test(e))
    return null;
  if (e === 'TimeSpan.Zero') return 0;
  const from = /^TimeSpan\.(From\w+)\((.*)\)$/.exec(e);
  if (from?.[1] && Object.hasOwn(FACTORS, from[1])) {
    const n = evaluateBounded(from[2] ?? '', {}, {});
    if (n.ok && n.value >= 0) return n.value * (FACTORS[from[1]] ?? 1);
  }
  const ctor = /^newTimeSpan\(([\d,]+)\)$/.exec(e);
  if (ctor?.[1]) {
    const p = ctor[1].split(',').map(Number);
    if (p.length === 3) return ((p[0] ?? 0) * 3600 + (p[1] ?? 0) * 60 + (p[2] ?? 0)) * 1000;
    if (p.length === 4)
      return ((p[0] ?? 0) * 86_400 + (p[1] ?? 0) * 3600 + (p[2] ?? 0) * 60 + (p[3] ?? 0)) * 1000;
    if (p.length === 1) return (p[0] ?? 0) / 10_000;
  }
  const parse = /^TimeSpan\.Parse\("([^"]*)"\)$/.exec(e);
  if (parse) {
    const r = readTimeSpan(parse[1] ?? '');
    if (r.ok) return r.value;
  }
  return unresolvedValue(expr);
}

/**
 * C# code (Program.cs, Startup.cs): Kestrel limits (`options.Limits.KeepAliveTimeout = …`) and
 * `SocketsHttpHandler` pool settings and `IHttpClientFactory` `SetHandlerLifetime(…)`. One
 * Kestrel and one handler in a file are one process.
 */
export function readCSharp(file: SourceFile): { nodes: ExtractedNode[]; scan: CodeScan } {
  const scan = new CodeScan(file, 'java');
  const write = (name: string, at: number, valueStart: number, valueEnd: number) => {
    const target = ownEntry(TARGET, name);
    if (!target) return;
    const expr = file.text.slice(valueStart, valueEnd).trim();
    if (expr === '') return;
    scan.set(target.tech, target.scope, target.key, evaluateTimeSpan(expr), at, asWritten(name));
  };
  for (const m of scan.matches(ASSIGN)) {
    const name = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length;
    write(name, m.index ?? 0, start, findExpressionEnd(scan.masked, start, true));
  }
  for (const m of scan.matches(HANDLER_LIFETIME)) {
    const open = (m.index ?? 0) + m[0].length;
    const nameAt = (m.index ?? 0) + m[0].indexOf('SetHandlerLifetime');
    write('SetHandlerLifetime', nameAt, open, findExpressionEnd(scan.masked, open, false));
  }
  return { nodes: markProcess(scan.nodes(), file.name, ['kestrel'], ['dotnet-http-client']), scan };
}
