import { scopeAt } from '../code/binding';
import { findExpressionEnd, trimSpan, type Span } from '../code/brackets';
import { readArguments, readObjectEntries } from '../code/objects';
import { readReceiver } from '../code/receiver';
import { writeUnreadServerOptions } from './unread-options';
import { writeJsSetting, sourceOf, type JsSetting, type NodeScan } from './write';

/** `http.Server` properties and `createServer` options → catalog keys (node-http-server). */
const SERVER_SETTINGS: Readonly<Record<string, JsSetting>> = {
  keepAliveTimeout: { tech: 'node-http-server', key: 'server.keepAliveTimeout', kind: 'ms' },
  keepAliveTimeoutBuffer: {
    tech: 'node-http-server',
    key: 'server.keepAliveTimeoutBuffer',
    kind: 'ms',
  },
  headersTimeout: { tech: 'node-http-server', key: 'server.headersTimeout', kind: 'ms' },
  requestTimeout: { tech: 'node-http-server', key: 'server.requestTimeout', kind: 'ms' },
  maxRequestsPerSocket: {
    tech: 'node-http-server',
    key: 'server.maxRequestsPerSocket',
    kind: 'count',
  },
};

export const serverSetting = (name: string): JsSetting | undefined =>
  Object.hasOwn(SERVER_SETTINGS, name) ? SERVER_SETTINGS[name] : undefined;

const NAMES = Object.keys(SERVER_SETTINGS).join('|');
const ASSIGN = new RegExp(String.raw`\.[ \t]*(${NAMES})\s*=(?![=>])`, 'g');
const CREATE = /(?<![\w$.])(?:([A-Za-z_$][\w$]*)\s*\.\s*)?createServer\s*\(/g;
const OBJECT_ASSIGN = /(?<![\w$.])Object\s*\.\s*assign\s*\(/g;

/**
 * The Node `http` server: `server.keepAliveTimeout = 65_000` (any receiver),
 * `http.createServer({ keepAliveTimeout })`, `Object.assign(server, { … })`, and servers at their
 * defaults (`http.createServer(app)`); the web frameworks' servers are in frameworks.ts.
 */
export function extractServers(node: NodeScan): void {
  const { scan } = node;
  for (const m of scan.matches(ASSIGN)) {
    const name = m[1] ?? '';
    const setting = serverSetting(name);
    const receiver = readReceiver(scan.masked, m.index);
    if (!setting || !receiver || /globalAgent/.test(receiver.text)) continue;
    const start = m.index + m[0].length;
    const value = trimSpan(scan.masked, {
      start,
      end: findExpressionEnd(scan.masked, start, false),
    });
    writeJsSetting(
      node,
      receiver.text,
      setting,
      name,
      m.index + m[0].indexOf(name),
      lastAssigned(scan.masked, value),
    );
  }
  for (const m of scan.matches(CREATE)) {
    const module = m[1];
    if (module !== undefined && !isHttpModule(node, module)) continue;
    if (module === undefined && sourceOf(node, 'createServer')?.kind !== 'http') continue;
    const { line } = scan.position(m.index);
    const scope = scopeAt(scan.masked, m.index, 'js', `createServer at line ${line}`);
    scan.node('node-http-server', scope, m.index);
    const open = m.index + m[0].length - 1;
    const { args } = readArguments(scan.masked, open);
    const first = args[0];
    const options = first && args.length === 2 ? optionsAt(node, first) : undefined;
    if (first && scan.masked[first.start] === '{') readOptions(node, scope, first.start);
    else if (options !== undefined) readOptions(node, scope, options);
    else if (first && args.length === 2) writeUnreadServerOptions(node, scope, first);
  }
  for (const m of scan.matches(OBJECT_ASSIGN)) {
    const [target, source] = readArguments(scan.masked, m.index + m[0].length - 1).args;
    if (!target || !source || scan.masked[source.start] !== '{') continue;
    const name = scan.masked.slice(target.start, target.end).replace(/\s+/g, '');
    if (!/^[A-Za-z_$][\w$.]*$/.test(name)) continue;
    const { entries } = readObjectEntries(scan.text, scan.masked, source.start);
    if (entries.some((e) => e.key === 'keepAliveTimeout' || e.key === 'headersTimeout'))
      readOptions(node, name, source.start);
  }
}

/** `createServer(opts, app)`: the `{` of `const opts = { … }` in the file, if it is there. */
function optionsAt(node: NodeScan, arg: Span): number | undefined {
  return node.names.objects.get(node.scan.masked.slice(arg.start, arg.end).trim());
}

function readOptions(node: NodeScan, scope: string, open: number): void {
  for (const e of readObjectEntries(node.scan.text, node.scan.masked, open).entries) {
    const setting = serverSetting(e.key);
    if (setting) writeJsSetting(node, scope, setting, e.key, e.keyOffset, e.value);
  }
}

/** `http`/`https` by import, or by name in a fragment without imports. */
function isHttpModule(node: NodeScan, name: string): boolean {
  const source = sourceOf(node, name);
  if (source) return source.kind === 'http' && source.exported === '*';
  return name === 'http' || name === 'https';
}

/** `a = b = 65000`: the value is the right-most part of a chained assignment. */
function lastAssigned(
  masked: string,
  value: { start: number; end: number },
): { start: number; end: number } {
  let start = value.start;
  let depth = 0;
  for (let i = value.start; i < value.end; i++) {
    const c = masked[i] ?? '';
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (
      depth === 0 &&
      c === '=' &&
      !'=!<>'.includes(masked[i - 1] ?? '') &&
      !'=>'.includes(masked[i + 1] ?? '')
    )
      start = i + 1;
  }
  return trimSpan(masked, { start, end: value.end });
}
