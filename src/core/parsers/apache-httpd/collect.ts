import type { SettingScalar } from '../../model/chain';
import type { SpanDiagnostic } from '../../source/diagnostic';
import type { Statement, Word } from './lexer';
import {
  readCount,
  readOnOff,
  readSeconds,
  readTime,
  substitute,
  type Defines,
  type ReadValue,
} from './values';
import { ownEntry } from '../../model/own-entry';

/** A value as written: where (file and offset of its name) and the name as written. */
export interface Written {
  value: SettingScalar;
  file: string;
  at: number;
  setting: string;
}

/** The main server or one `<VirtualHost>`: its own settings and the workers it proxies to. */
export interface ServerScope {
  /** `VirtualHost *:443`, or empty for the main server config. */
  address: string;
  serverName?: string;
  settings: Map<string, Written>;
  /** Worker names (`http://app:8080`, `balancer://web`) its ProxyPass lines send to. */
  targets: Set<string>;
  tag?: Statement;
}

export type CollectCode = 'APACHE_INVALID_VALUE' | 'APACHE_MISSING_VALUE';

export interface Collected {
  main: ServerScope;
  vhosts: ServerScope[];
  /** Worker name → its parameters (first definition wins, as in mod_proxy). */
  workers: Map<string, Map<string, Written>>;
  diagnostics: SpanDiagnostic<CollectCode>[];
}

const SERVER_DIRECTIVES: Record<string, [string, (w: Word, d: Defines) => ReadValue]> = {
  keepalive: ['KeepAlive', (w, d) => readOnOff(w.text, d)],
  keepalivetimeout: ['KeepAliveTimeout', readTime],
  maxkeepaliverequests: ['MaxKeepAliveRequests', (w, d) => readCount(w.text, d)],
};
/** Worker parameters (mod_proxy "ProxyPass key=value") read, by lower-cased name. */
const PARAMS: Record<string, [string, (t: string, d: Defines) => ReadValue, boolean?]> = {
  ttl: ['ProxyPass.ttl', readSeconds],
  disablereuse: ['ProxyPass.disablereuse', readOnOff],
  // enablereuse=Off is disablereuse=On (the third field inverts).
  enablereuse: ['ProxyPass.disablereuse', readOnOff, true],
  keepalive: ['ProxyPass.keepalive', readOnOff],
};
/** SetEnv variables that make mod_proxy close the backend connection after each request. */
const NO_KEEPALIVE_ENV = new Set(['proxy-nokeepalive', 'force-proxy-request-1.0']);

/** `http://App:8080/x/` → `http://app:8080`; `balancer://web/` → `balancer://web`. */
export function workerName(url: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/\s]*)/i.exec(url);
  return m ? `${(m[1] ?? '').toLowerCase()}://${(m[2] ?? '').toLowerCase()}` : undefined;
}

const written = (st: Statement, at: Word, value: SettingScalar, setting: string): Written => ({
  value,
  file: st.file,
  at: at.textStart,
  setting,
});

export function collect(statements: readonly Statement[], defines: Defines): Collected {
  const out: Collected = {
    main: { address: '', settings: new Map(), targets: new Set() },
    vhosts: [],
    workers: new Map(),
    diagnostics: [],
  };
  // Each open section carries the nearest enclosing <Proxy url> and whether a <Location> encloses
  // it, so a directive finds them without walking the stack (deep nesting stays linear).
  /** `${NAME}` expanded where Defined (the text kept as written otherwise). */
  const substituted = (t: string | undefined): string => {
    const r = substitute(t ?? '', defines);
    return 'text' in r ? r.text : (t ?? '');
  };
  /** A word with `${NAME}` expanded where Defined (kept as written otherwise). */
  const expand = (w: Word | undefined): string | undefined => (w ? substituted(w.text) : undefined);
  const stack: { key: string; proxy?: string; inLocation: boolean }[] = [];
  let scope = out.main;
  const report = (st: Statement, code: CollectCode, at: Word, message: string) =>
    out.diagnostics.push({
      code,
      severity: 'error',
      message,
      file: st.file,
      start: at.start,
      end: at.end,
    });

  const params = (st: Statement, worker: string, words: readonly Word[]) => {
    let map = out.workers.get(worker);
    if (!map) out.workers.set(worker, (map = new Map()));
    for (const w of words) {
      const eq = w.text.indexOf('=');
      const def = eq > 0 ? ownEntry(PARAMS, w.text.slice(0, eq).toLowerCase()) : undefined;
      if (!def) continue;
      const [key, read, invert] = def;
      const r = read(w.text.slice(eq + 1), defines);
      if (!r.ok) report(st, 'APACHE_INVALID_VALUE', w, `${w.text.slice(0, eq)}: ${r.reason}`);
      else if (!map.has(key)) {
        const value = invert === true && typeof r.value === 'boolean' ? !r.value : r.value;
        map.set(key, written(st, w, value, w.text.slice(0, eq)));
      }
    }
  };

  for (const st of statements) {
    if (st.kind === 'open') {
      const up = stack.at(-1);
      const proxy = st.key === 'proxy' || st.key === 'proxymatch' ? st.args[0]?.text : up?.proxy;
      const inLocation =
        st.key === 'location' || st.key === 'locationmatch' || up?.inLocation === true;
      stack.push({ key: st.key, ...(proxy !== undefined ? { proxy } : {}), inLocation });
      if (st.key === 'virtualhost') {
        scope = {
          address: st.args.map((a) => a.text).join(' '),
          settings: new Map(),
          targets: new Set(),
          tag: st,
        };
        out.vhosts.push(scope);
      }
      continue;
    }
    if (st.kind === 'close') {
      // Closes the nearest open section of that name, looking a bounded way down the stack.
      for (let i = stack.length - 1; i >= Math.max(0, stack.length - 64); i--)
        if (stack[i]?.key === st.key) {
          stack.length = i;
          break;
        }
      if (st.key === 'virtualhost') scope = out.main;
      continue;
    }
    const server = ownEntry(SERVER_DIRECTIVES, st.key);
    if (server) {
      const [key, read] = server;
      const [arg] = st.args;
      if (!arg) report(st, 'APACHE_MISSING_VALUE', st.name, `${st.name.text} needs a value`);
      else {
        const r = read(arg, defines);
        if (!r.ok) report(st, 'APACHE_INVALID_VALUE', arg, `${st.name.text}: ${r.reason}`);
        else scope.settings.set(key, written(st, st.name, r.value, st.name.text));
      }
      continue;
    }
    switch (st.key) {
      case 'servername':
        if (st.args[0]) scope.serverName = substituted(st.args[0].text);
        break;
      case 'proxypass':
      case 'proxypassmatch': {
        // In <Location> the path is the location's: `ProxyPass url [params]`.
        const inLocation = stack.at(-1)?.inLocation === true;
        const url =
          inLocation && st.args[0] && workerName(st.args[0].text) ? st.args[0] : st.args[1];
        const worker = workerName(expand(url) ?? '');
        if (!worker) break;
        scope.targets.add(worker);
        params(st, worker, st.args.slice(st.args.indexOf(url as Word) + 1));
        break;
      }
      case 'balancermember': {
        const proxy = stack.at(-1)?.proxy;
        const [a, b] = st.args;
        const balancer = proxy && a && !/^balancer:/i.test(a.text) ? proxy : a?.text;
        const member = balancer === a?.text ? b : a;
        const name = workerName(substituted(balancer));
        if (!name || !member) break;
        params(st, name, st.args.slice(st.args.indexOf(member) + 1));
        break;
      }
      case 'proxyset': {
        const [a] = st.args;
        const own = a && !a.text.includes('=') ? a.text : undefined;
        const name = workerName(substituted(own ?? stack.at(-1)?.proxy));
        if (name) params(st, name, own ? st.args.slice(1) : st.args);
        break;
      }
      case 'setenv': {
        const [v, value] = st.args;
        if (v && NO_KEEPALIVE_ENV.has(v.text.toLowerCase()) && value?.text !== '0')
          scope.settings.set('ProxyPass.disablereuse', written(st, st.name, true, st.name.text));
        break;
      }
    }
  }
  return out;
}
