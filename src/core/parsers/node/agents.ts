import { findBinding, scopeAt } from '../code/binding';
import { findExpressionEnd, trimSpan, type Span } from '../code/brackets';
import { readArguments, readObjectEntries } from '../code/objects';
import { asWritten } from '../code/scan';
import { writeAgentKeepAlive } from './agentkeepalive';
import { writeUnreadAgentOptions } from './unread-options';
import { sourceOf, writeJsSetting, type JsSetting, type NodeScan } from './write';

/** `new http.Agent({ … })` options → node-agent catalog keys. */
const AGENT_SETTINGS: Readonly<Record<string, JsSetting>> = {
  keepAlive: { tech: 'node-agent', key: 'keepAlive', kind: 'bool' },
  timeout: { tech: 'node-agent', key: 'timeout', kind: 'ms' },
  agentKeepAliveTimeoutBuffer: {
    tech: 'node-agent',
    key: 'agentKeepAliveTimeoutBuffer',
    kind: 'ms',
  },
};

/** undici `Agent` / `Pool` / `Client` options → undici catalog keys. */
const UNDICI_SETTINGS: Readonly<Record<string, JsSetting>> = {
  keepAliveTimeout: { tech: 'undici', key: 'keepAliveTimeout', kind: 'ms' },
  keepAliveMaxTimeout: { tech: 'undici', key: 'keepAliveMaxTimeout', kind: 'ms' },
  keepAliveTimeoutThreshold: { tech: 'undici', key: 'keepAliveTimeoutThreshold', kind: 'ms' },
};

/** undici dispatchers whose options come second (`new Pool(origin, { … })`). */
const UNDICI_WITH_ORIGIN = new Set(['Pool', 'Client', 'BalancedPool']);

const NEW = /\bnew\s+([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)?)\s*\(/g;
const GLOBAL_AGENT =
  /(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*globalAgent\s*(\.\s*options\s*)?\.\s*(keepAlive|timeout)\s*=(?![=>])/g;

type AgentKind = 'node-agent' | 'undici' | 'agentkeepalive';

const lookup = (table: Readonly<Record<string, JsSetting>>, key: string): JsSetting | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/**
 * Client pools: `new http.Agent({ keepAlive, timeout })` (node-agent, agent 'custom'),
 * `http.globalAgent.options.timeout = …` (agent 'global'), undici `new Agent/Pool/Client(…)`
 * and `setGlobalDispatcher(new Agent(…))` (undici). An `Agent` is told apart by its import.
 */
export function extractAgents(node: NodeScan): void {
  const { scan } = node;
  for (const m of scan.matches(NEW)) {
    const ctor = (m[1] ?? '').replace(/\s+/g, '');
    const ctorOffset = m.index + m[0].indexOf(m[1] ?? '');
    const { args } = readArguments(scan.masked, m.index + m[0].length - 1);
    const cls = ctor.split('.').pop() ?? '';
    const optionsArg = UNDICI_WITH_ORIGIN.has(cls) ? args[1] : args[0];
    const options = optionsObject(node, optionsArg);
    const kind = classify(node, ctor, options);
    if (kind === 'ambiguous')
      scan.report(
        'NODE_AMBIGUOUS_AGENT',
        'info',
        `Cannot tell whether this Agent is Node's http.Agent or undici's; keep its import in the pasted code.`,
        ctorOffset,
        ctorOffset + ctor.length,
      );
    if (!kind || kind === 'ambiguous') continue;
    const binding = findBinding(scan.masked, m.index);
    const { line } = scan.position(m.index);
    const scope =
      binding.kind === 'none' && binding.argOf === 'setGlobalDispatcher'
        ? 'global dispatcher'
        : scopeAt(scan.masked, m.index, 'js', `new ${ctor} at line ${line}`);
    const written = asWritten(scan.text.slice(ctorOffset, ctorOffset + (m[1] ?? '').length));
    if (kind !== 'undici')
      scan.set('node-agent', scope, 'agent', 'custom', ctorOffset, written, true);
    else scan.node(kind, scope, ctorOffset);
    const unread =
      options === undefined && optionsArg
        ? asWritten(scan.text.slice(optionsArg.start, optionsArg.end))
        : undefined;
    if (unread !== undefined && optionsArg)
      scan.report(
        'NODE_UNRESOLVED_EXPRESSION',
        'warning',
        `Cannot read the options of new ${ctor}(…) from the pasted files: its idle settings are unknown until you set them in the chain.`,
        optionsArg.start,
        optionsArg.end,
      );
    if (kind === 'agentkeepalive') {
      writeAgentKeepAlive(node, scope, { offset: ctorOffset, written }, options, unread);
      continue;
    }
    if (unread !== undefined) {
      writeUnreadAgentOptions(node, kind, scope, unread, ctorOffset, written);
      continue;
    }
    const table = kind === 'node-agent' ? AGENT_SETTINGS : UNDICI_SETTINGS;
    if (options !== undefined)
      for (const e of readObjectEntries(scan.text, scan.masked, options).entries) {
        const setting = lookup(table, e.key);
        if (setting) writeJsSetting(node, scope, setting, e.key, e.keyOffset, e.value);
      }
  }
  extractGlobalAgent(node);
}

/** Offset of the `{` of the options object: inline, or a `const opts = { … }` of the file. */
function optionsObject(node: NodeScan, arg: Span | undefined): number | undefined {
  if (!arg) return undefined;
  const { masked } = node.scan;
  if (masked[arg.start] === '{') return arg.start;
  return node.names.objects.get(masked.slice(arg.start, arg.end).trim());
}

function classify(
  node: NodeScan,
  ctor: string,
  options: number | undefined,
): AgentKind | 'ambiguous' | undefined {
  const cls = ctor.split('.').pop() ?? '';
  const source = sourceOf(node, ctor);
  if (source) {
    if (source.kind === 'http') return source.exported === 'Agent' ? 'node-agent' : undefined;
    if (source.kind === 'agentkeepalive')
      return ['*', 'Agent', 'HttpsAgent'].includes(source.exported) ? 'agentkeepalive' : undefined;
    return source.exported === 'Agent' || UNDICI_WITH_ORIGIN.has(source.exported)
      ? 'undici'
      : undefined;
  }
  if (ctor === 'http.Agent' || ctor === 'https.Agent') return 'node-agent';
  if (ctor.startsWith('undici.'))
    return cls === 'Agent' || UNDICI_WITH_ORIGIN.has(cls) ? 'undici' : undefined;
  if (ctor !== 'Agent') return undefined;
  // A bare `Agent` without an import (a fragment): its options say which one it is.
  const keys =
    options === undefined
      ? []
      : readObjectEntries(node.scan.text, node.scan.masked, options).entries.map((e) => e.key);
  if (keys.some((k) => Object.hasOwn(UNDICI_SETTINGS, k))) return 'undici';
  if (keys.includes('freeSocketTimeout')) return 'agentkeepalive';
  if (keys.some((k) => Object.hasOwn(AGENT_SETTINGS, k))) return 'node-agent';
  return 'ambiguous';
}

/** `http.globalAgent.keepAlive = …`, `http.globalAgent.options.timeout = …`. */
function extractGlobalAgent(node: NodeScan): void {
  const { scan } = node;
  for (const m of scan.matches(GLOBAL_AGENT)) {
    const module = m[1] ?? '';
    const key = m[3] ?? '';
    const source = sourceOf(node, module);
    const isHttp = source ? source.kind === 'http' : module === 'http' || module === 'https';
    // The agent reads its idle timeout from `options.timeout`; `globalAgent.timeout` is not it.
    if (!isHttp || (key === 'timeout' && !m[2])) continue;
    const scope = `${module}.globalAgent`;
    const globalOffset = m.index + m[0].indexOf('globalAgent');
    scan.set('node-agent', scope, 'agent', 'global', globalOffset, 'globalAgent', true);
    const setting = lookup(AGENT_SETTINGS, key);
    const start = m.index + m[0].length;
    const value = trimSpan(scan.masked, {
      start,
      end: findExpressionEnd(scan.masked, start, false),
    });
    if (setting) writeJsSetting(node, scope, setting, key, m.index + m[0].lastIndexOf(key), value);
  }
}
