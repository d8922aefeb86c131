import type { SpanDiagnostic } from '../../source/diagnostic';
import type { Line, Word } from './lexer';
import { splitPrefix, settingText, type HttpMode, type ProxyState, type Written } from './state';
import { readCount, readEnum, readTime, type Env, type ReadValue } from './values';
import { ownEntry } from '../../model/own-entry';

export type ApplyCode =
  'HAPROXY_MISSING_VALUE' | 'HAPROXY_INVALID_VALUE' | 'HAPROXY_OBSOLETE_KEYWORD';

export interface ApplyContext {
  file: string;
  text: string;
  env: Env;
  diagnostics: SpanDiagnostic<ApplyCode>[];
}

/** `timeout <name>` keywords read, by catalog key (server-side ones are frontend keywords). */
const TIMEOUTS = new Set(['http-keep-alive', 'http-request', 'client', 'server', 'tunnel']);
/** Pre-1.5 spellings, removed in 2.1: still found in old configs. */
const OLD_TIMEOUTS: Record<string, string> = { clitimeout: 'client', srvtimeout: 'server' };
const REUSE = ['never', 'safe', 'aggressive', 'always'] as const;
/** `option` names that pick the HTTP connection mode; `forceclose` became `httpclose` in 2.0. */
const MODES: Record<string, HttpMode> = {
  'http-keep-alive': 'keep-alive',
  'http-server-close': 'server-close',
  httpclose: 'close',
  forceclose: 'close',
};
/** Server-line keywords read (catalog key = keyword) and how their value is read. */
const SERVER_PARAMS: Record<string, (w: Word, env: Env) => ReadValue> = {
  'pool-purge-delay': (w, env) => readTime(w, env, false),
  'pool-max-conn': (w, env) => readCount(w, env, true),
  'pool-low-conn': (w, env) => readCount(w, env, false),
  'max-reuse': (w, env) => readCount(w, env, true),
};

function report(ctx: ApplyContext, code: ApplyCode, at: Word, message: string): void {
  const severity = code === 'HAPROXY_OBSOLETE_KEYWORD' ? 'warning' : 'error';
  ctx.diagnostics.push({ code, severity, message, file: ctx.file, start: at.start, end: at.end });
}

/** Stores a read value under `key`, or reports why it cannot be read. */
function store(
  ctx: ApplyContext,
  into: Map<string, Written>,
  key: string,
  setting: { first: Word; last: Word },
  value: Word | undefined,
  read: (w: Word) => ReadValue,
): void {
  const name = settingText(ctx.text, setting.first, setting.last);
  if (!value) return report(ctx, 'HAPROXY_MISSING_VALUE', setting.last, `${name} needs a value`);
  const r = read(value);
  if (!r.ok) return report(ctx, 'HAPROXY_INVALID_VALUE', value, `${name}: ${r.reason}`);
  into.set(key, { value: r.value, at: setting.first.start, setting: name });
}

/** Reads the parameters of a `server` or `default-server` line from `from` on. */
function readServerParams(ctx: ApplyContext, words: readonly Word[], from: number) {
  const params = new Map<string, Written>();
  for (let i = from; i < words.length; i++) {
    const w = words[i];
    const read = w ? ownEntry(SERVER_PARAMS, w.text) : undefined;
    if (!w || !read) continue;
    store(ctx, params, w.text, { first: w, last: w }, words[i + 1], (v) => read(v, ctx.env));
    i++;
  }
  return params;
}

function applyOption(ctx: ApplyContext, state: ProxyState, line: Line): void {
  const { prefix, words } = splitPrefix(line);
  const [option, name] = words;
  const mode = name ? ownEntry(MODES, name.text) : undefined;
  if (!option || !name || mode === undefined) return;
  if (name.text === 'forceclose')
    report(
      ctx,
      'HAPROXY_OBSOLETE_KEYWORD',
      name,
      'option forceclose was removed in 2.0: read as option httpclose',
    );
  const setting = settingText(ctx.text, prefix ?? option, name);
  const at = (prefix ?? option).start;
  // `no option X` (or `default option X`) turns X off: keep-alive again if X was the mode.
  if (prefix) {
    if (state.mode?.value === mode) state.mode = { value: 'keep-alive', at, setting };
    return;
  }
  state.mode = { value: mode, at, setting };
}

/** Applies one line of a proxy section (or `defaults`) to its state. */
export function applyLine(ctx: ApplyContext, state: ProxyState, line: Line): void {
  const [kw, a, b] = line.words;
  if (!kw) return;
  const old = ownEntry(OLD_TIMEOUTS, kw.text);
  switch (kw.text) {
    case 'timeout':
      if (a && TIMEOUTS.has(a.text))
        store(ctx, state.values, `timeout ${a.text}`, { first: kw, last: a }, b, (w) =>
          readTime(w, ctx.env, true),
        );
      return;
    case 'http-reuse':
      return store(ctx, state.values, 'http-reuse', { first: kw, last: kw }, a, (w) =>
        readEnum(w, ctx.env, REUSE),
      );
    case 'retries':
      return store(ctx, state.values, 'retries', { first: kw, last: kw }, a, (w) =>
        readCount(w, ctx.env, false),
      );
    case 'retry-on': {
      const rest = line.words.slice(1);
      if (rest.length === 0)
        return report(ctx, 'HAPROXY_MISSING_VALUE', kw, 'retry-on needs a value');
      const value = rest.map((w) => w.text).join(' ');
      state.values.set('retry-on', { value, at: kw.start, setting: kw.raw });
      return;
    }
    case 'option':
    case 'no':
    case 'default':
      return applyOption(ctx, state, line);
    case 'mode':
      if (a) state.proxyMode = { value: a.text, at: kw.start, setting: kw.raw };
      return;
    case 'default-server':
      for (const [k, v] of readServerParams(ctx, line.words, 1)) state.defaultServer.set(k, v);
      return;
    case 'server':
      if (a) state.servers.push({ name: a, params: readServerParams(ctx, line.words, 3) });
      return;
    case 'default_backend':
      if (a) state.defaultRoute = a;
      return;
    case 'use_backend':
      if (a) state.routes.push(a);
      return;
  }
  if (old !== undefined) {
    report(
      ctx,
      'HAPROXY_OBSOLETE_KEYWORD',
      kw,
      `${kw.text} was removed in 2.1: read as timeout ${old}`,
    );
    store(ctx, state.values, `timeout ${old}`, { first: kw, last: kw }, a, (w) =>
      readTime(w, ctx.env, true),
    );
  }
}
