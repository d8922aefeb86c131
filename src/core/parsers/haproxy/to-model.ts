import type { SettingInput } from '../../model/chain';
import type { Locate, SpanDiagnostic } from '../../source/diagnostic';
import type { ExtractedNode } from '../types';
import { writtenSetting } from '../written';
import { applyLine, type ApplyContext } from './apply';
import type { Line } from './lexer';
import type { ProxyKind, Section } from './sections';
import { emptyState, inheritState, type ProxyState, type Written } from './state';
import { isTcpMode, tcpModeNote, TCP_KEYS, type TcpCode } from './tcp-mode';

export type ModelCode = 'HAPROXY_UNKNOWN_DEFAULTS' | 'HAPROXY_SERVERS_DIFFER' | TcpCode;

/** Keys a frontend reads (the server side of HAProxy's node) and a backend reads (its client side). */
const FRONT_KEYS = ['timeout http-keep-alive', 'timeout http-request', 'timeout client'];
const BACK_KEYS = ['timeout server', 'http-reuse', 'retries', 'retry-on'];
const SERVER_KEYS = ['pool-purge-delay', 'pool-max-conn', 'pool-low-conn', 'max-reuse'];
const MODE_KEYS = { 'server-close': 'option http-server-close', close: 'option httpclose' };

interface Proxy {
  section: Section & { kind: ProxyKind };
  state: ProxyState;
}

/** The states of every proxy section, each started from its defaults (`from`, else the last one). */
function resolveSections(ctx: ApplyContext, sections: readonly Section[], loose: readonly Line[]) {
  const named = new Map<string, ProxyState>();
  const proxies: Proxy[] = [];
  let last: ProxyState | undefined;
  if (loose.length > 0) {
    // Lines before any header (a pasted fragment) act as a defaults section.
    last = emptyState();
    for (const line of loose) applyLine(ctx, last, line);
  }
  const fromProblems: SpanDiagnostic<ModelCode>[] = [];
  for (const section of sections) {
    if (section.kind === 'global' || section.kind === 'other') continue;
    // A `defaults` section without `from` starts afresh: it resets what earlier ones set.
    let base = section.kind === 'defaults' ? undefined : last;
    if (section.from) {
      base = named.get(section.from.text);
      if (!base)
        fromProblems.push({
          code: 'HAPROXY_UNKNOWN_DEFAULTS',
          severity: 'error',
          message: `no defaults section named "${section.from.text}" before this line`,
          file: ctx.file,
          start: section.from.start,
          end: section.from.end,
        });
    }
    const state = base ? inheritState(base) : emptyState();
    if (section.from && !base) state.modeUnknown = true;
    for (const line of section.body) applyLine(ctx, state, line);
    if (section.kind === 'defaults') {
      last = state;
      if (section.name !== '') named.set(section.name, state);
    }
    proxies.push({ section: { ...section, kind: section.kind }, state });
  }
  return { proxies, loose: loose.length > 0 ? last : undefined, fromProblems };
}

export interface HaproxyModel {
  nodes: ExtractedNode[];
  diagnostics: SpanDiagnostic<ModelCode>[];
}

/**
 * Nodes of an haproxy.cfg: one per frontend (server side, forwarding to the backends it names),
 * backend (client side) and listen (both). A file with only `defaults` (a fragment) gives one
 * node per defaults section, with both sides.
 */
export function extractHaproxyModel(
  ctx: ApplyContext,
  sections: readonly Section[],
  loose: readonly Line[],
  locate: Locate,
): HaproxyModel {
  const { proxies, loose: looseState, fromProblems } = resolveSections(ctx, sections, loose);
  const diagnostics: SpanDiagnostic<ModelCode>[] = [...fromProblems];
  const put = (into: Record<string, SettingInput>, key: string, w: Written | undefined) => {
    if (w) into[key] = writtenSetting(w.value, ctx.file, locate(w.at), w.setting);
  };
  const scopeOf = new Map<string, string>();
  for (const p of proxies)
    if (
      p.section.kind === 'backend' ||
      (p.section.kind === 'listen' && !scopeOf.has(p.section.name))
    )
      scopeOf.set(p.section.name, `${p.section.kind} ${p.section.name}`);

  const build = (kind: ProxyKind, name: string, state: ProxyState, at = 0): ExtractedNode => {
    const settings: Record<string, SettingInput> = {};
    const front = kind !== 'backend';
    const back = kind !== 'frontend';
    const scope = name === '' ? kind : `${kind} ${name}`;
    const tcp = isTcpMode(kind, state);
    if (tcp) diagnostics.push(tcpModeNote(ctx.file, scope, state, at));
    const keys = tcp
      ? TCP_KEYS(front, back)
      : [...(front ? FRONT_KEYS : []), ...(back ? BACK_KEYS : [])];
    for (const key of keys) put(settings, key, state.values.get(key));
    if (back && !tcp)
      for (const key of SERVER_KEYS)
        put(settings, key, pickServerParam(state, key, diagnostics, ctx.file));
    if (!tcp && state.mode && state.mode.value !== 'keep-alive')
      put(settings, MODE_KEYS[state.mode.value], { ...state.mode, value: true });
    const targets = [state.defaultRoute, ...state.routes]
      .filter((w) => w !== undefined && !w.text.includes('%['))
      .map((w) => scopeOf.get(w?.text ?? '') ?? `backend ${w?.text ?? ''}`);
    const upstreams = [...new Set(targets)];
    const tech = tcp ? 'haproxy-tcp' : 'haproxy';
    return { tech, scope, settings, ...(upstreams.length > 0 ? { upstreams } : {}) };
  };

  const served = proxies.filter((p) => p.section.kind !== 'defaults');
  const nodes =
    served.length > 0
      ? served.map((p) => build(p.section.kind, p.section.name, p.state, headerAt(p.section)))
      : proxies.map((p) => build('defaults', p.section.name, p.state, headerAt(p.section)));
  if (nodes.length === 0 && looseState) nodes.push(build('defaults', '', looseState));
  return { nodes, diagnostics };
}

const headerAt = (s: Section) => s.header.words[0]?.start ?? 0;

/**
 * A server parameter of a backend: the first `server` line's own value, else `default-server`.
 * Servers that disagree get an info diagnostic (the first one is used).
 */
function pickServerParam(
  state: ProxyState,
  key: string,
  diagnostics: SpanDiagnostic<ModelCode>[],
  file: string,
): Written | undefined {
  const fallback = state.defaultServer.get(key);
  const effective = state.servers.map((s) => ({ name: s.name, w: s.params.get(key) ?? fallback }));
  const first = effective[0];
  if (!first) return fallback;
  const same = (w: Written | undefined) =>
    JSON.stringify(w?.value) === JSON.stringify(first.w?.value);
  const odd = effective.find((e) => !same(e.w));
  if (odd)
    diagnostics.push({
      code: 'HAPROXY_SERVERS_DIFFER',
      severity: 'info',
      message: `servers of this backend differ in ${key}: the first server's value is used`,
      file,
      start: odd.name.start,
      end: odd.name.end,
    });
  return first.w;
}
