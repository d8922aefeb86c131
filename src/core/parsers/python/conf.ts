import { evaluateBounded } from '../code/evaluate';
import type { SettingScalar } from '../../model/chain';
import { scopeAt } from '../code/binding';
import { findExpressionEnd, trimSpan, type Span } from '../code/brackets';
import { createNameTable, resolveConstants, type ConstantDecl } from '../code/constants';
import { readArguments } from '../code/objects';
import { quoteExpression, type CodeScan } from '../code/scan';
import { unresolvedValue } from '../code/unknown';
import { reportRecycling, reportUvicornLimit } from './recycling';
import { CONF_SETTINGS, UVICORN_KWARGS, lookupSetting, type PySetting } from './options';
import { envDefault } from './env-default';
import { noteUvicornWorker } from './cli';
import type { PyWrites } from './writes';

const TOP_LEVEL = /^([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=(?!=)[ \t]*/gm;
/** gunicorn settings that mark a Python file as a gunicorn config (docs: gunicorn settings). */
const GUNICORN_NAMES = new Set([
  'bind',
  'workers',
  'worker_class',
  'threads',
  'keepalive',
  'timeout',
  'graceful_timeout',
  'worker_connections',
  'max_requests',
  'max_requests_jitter',
  'accesslog',
  'errorlog',
  'loglevel',
  'preload_app',
  'wsgi_app',
  'worker_tmp_dir',
  'forwarded_allow_ips',
  'proxy_protocol',
]);
const UVICORN_CALL = /(?<![\w.])(?:uvicorn\s*\.\s*)?(run|Config)\s*\(/g;

interface Assignment {
  name: string;
  offset: number;
  value: Span;
}

/** Module-level `name = value` lines (column 1 only: indented code is not configuration). */
function topLevelAssignments(scan: CodeScan): Assignment[] {
  return [...scan.matches(TOP_LEVEL)].map((m) => {
    const start = m.index + m[0].length;
    const end = findExpressionEnd(scan.masked, start, false);
    return { name: m[1] ?? '', offset: m.index, value: trimSpan(scan.masked, { start, end }) };
  });
}

/** Whether a Python file is a gunicorn config: its name, or two gunicorn settings at top level. */
export function isGunicornConfig(fileName: string, names: readonly string[]): boolean {
  if (/gunicorn[^/]*\.py$/i.test(fileName)) return true;
  return new Set(names.filter((n) => GUNICORN_NAMES.has(n))).size >= 2;
}

/**
 * gunicorn.conf.py settings (`keepalive = 75`, `worker_class = "gthread"`, `threads = 4`) and
 * `uvicorn.run(app, timeout_keep_alive=65)` / `uvicorn.Config(…)` in any Python file.
 */
export function extractPythonSettings(scan: CodeScan, writes: PyWrites): void {
  const assignments = topLevelAssignments(scan);
  const decls: ConstantDecl[] = assignments.map((a) => ({
    name: a.name,
    expr: scan.masked.slice(a.value.start, a.value.end),
  }));
  const names = createNameTable(resolveConstants(decls, evaluatePython));
  if (
    isGunicornConfig(
      scan.file.name,
      assignments.map((a) => a.name),
    )
  )
    for (const a of assignments) {
      const setting = lookupSetting(CONF_SETTINGS, a.name);
      if (setting) write(scan, writes, 'gunicorn', setting, a.name, a.offset, a.value, names);
      if (a.name === 'max_requests') {
        const jitter = assignments.some((b) => b.name === 'max_requests_jitter');
        const text = scan.masked.slice(a.value.start, a.value.end);
        reportRecycling(scan, text, jitter, a.offset, a.offset + a.name.length);
      }
    }
  const fromUvicorn = /^[ \t]*from[ \t]+uvicorn[ \t]+import\b[^\n]*\b(?:run|Config)\b/m.test(
    scan.masked,
  );
  for (const m of scan.matches(UVICORN_CALL)) {
    if (!m[0].startsWith('uvicorn') && !fromUvicorn) continue;
    const open = m.index + m[0].length - 1;
    const scope = scopeAt(scan.masked, m.index, 'python', 'uvicorn');
    writes.node('uvicorn', scope, m.index);
    for (const arg of readArguments(scan.masked, open).args) {
      const kw = /^([A-Za-z_]\w*)\s*=(?!=)\s*/.exec(scan.masked.slice(arg.start, arg.end));
      const name = kw?.[1];
      if (!kw || !name) continue;
      const value = { start: arg.start + kw[0].length, end: arg.end };
      // limit_max_requests=None is uvicorn's default: no limit.
      const text = scan.masked.slice(value.start, value.end).trim();
      if (name === 'limit_max_requests' && text !== 'None')
        reportUvicornLimit(scan, text, arg.start, arg.start + name.length);
      const setting = lookupSetting(UVICORN_KWARGS, name);
      if (!setting) continue;
      write(scan, writes, scope, setting, name, arg.start, value, names);
    }
  }
}

function write(
  scan: CodeScan,
  writes: PyWrites,
  scope: string,
  setting: PySetting,
  name: string,
  offset: number,
  value: Span,
  names: Readonly<Record<string, number>>,
): void {
  const written = scan.text.slice(value.start, value.end);
  const v = envDefault(scan, setting, name, value) ?? evaluateSetting(scan, setting, value, names);
  if (v === undefined)
    scan.report(
      'PY_UNRESOLVED_EXPRESSION',
      'warning',
      `Cannot work out ${name} = ${quoteExpression(written)} from the pasted files: it is unknown until you set its value in the chain.`,
      value.start,
      value.end,
    );
  const known = v ?? unresolvedValue(written);
  writes.add({ setting, scope, value: known, offset, written: name, fromEnv: false });
  if (setting.key === 'worker_class' && typeof v === 'string')
    noteUvicornWorker(scan, v, offset, offset + name.length);
}

function evaluateSetting(
  scan: CodeScan,
  setting: PySetting,
  value: Span,
  names: Readonly<Record<string, number>>,
): SettingScalar | undefined {
  const expr = scan.masked.slice(value.start, value.end);
  if (setting.kind === 'text') {
    const q = expr[0];
    const close = q === '"' || q === "'" ? expr.indexOf(q, 1) : -1;
    return close === expr.length - 1 && close > 0
      ? scan.text.slice(value.start + 1, value.end - 1)
      : undefined;
  }
  const r = evaluatePython(expr, names);
  if (!r.ok) return undefined;
  if (setting.kind === 'count') return Number.isInteger(r.value) ? r.value : undefined;
  return Math.round(r.value * 1000 * 1e6) / 1e6;
}

const CALLS = Object.assign(Object.create(null) as Record<string, (x: number) => number>, {
  int: Math.trunc,
  float: (x: number) => x,
});

function evaluatePython(expr: string, names: Readonly<Record<string, number>>) {
  return evaluateBounded(expr, names, CALLS);
}
