import type { LocateInFile } from '../../source/diagnostic';
import type { ExtractedNode } from '../types';
import type { Token } from './lexer';
import { readReverseProxy } from './reverse-proxy';
import type { Directive } from './tree';
import { readCaddyDuration } from './values';
import { Reader, toSettings, uniqueScopes, type Written } from './written';
import { ownEntry } from '../../model/own-entry';

interface ServersOptions {
  /** Ports of its listener addresses; empty = every server. */
  ports: string[];
  settings: Map<string, Written>;
}

const TIMEOUT_KEYS: Record<string, string> = {
  idle: 'servers.timeouts.idle',
  read_header: 'servers.timeouts.read_header',
};

/** The port a site or listener address is served on: its own, else 80 for http://, else 443. */
export function portOf(address: string): string {
  const a = address.replace(/,$/, '');
  const scheme = /^([a-z]+):\/\//i.exec(a)?.[1]?.toLowerCase();
  const authority = a.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '';
  const port = /:(\d{1,5})$/.exec(authority)?.[1];
  return port ?? (scheme === 'http' ? '80' : '443');
}

/** `servers [listener…] { timeouts { idle …; read_header … } }` in the global options. */
function readServers(d: Directive, reader: Reader): ServersOptions {
  const settings = new Map<string, Written>();
  for (const sub of d.block ?? []) {
    if (sub.words[0]?.text !== 'timeouts') continue;
    for (const t of sub.block ?? []) {
      const [name, value] = t.words;
      const key = name ? ownEntry(TIMEOUT_KEYS, name.text) : undefined;
      if (name && key && Object.hasOwn(TIMEOUT_KEYS, name.text))
        reader.read(settings, key, name, value, readCaddyDuration);
    }
  }
  return { ports: d.words.slice(1).map((w) => portOf(w.text)), settings };
}

/** Every `reverse_proxy` in a site, at any depth (`handle`, `route`, `handle_path` …). */
function findProxies(list: readonly Directive[], out: Directive[]): Directive[] {
  for (const d of list) {
    if (d.words[0]?.text === 'reverse_proxy') out.push(d);
    else if (d.block) findProxies(d.block, out);
  }
  return out;
}

interface Site {
  addresses: Token[];
  body: readonly Directive[];
}

/** Site blocks: every top-level `address… { … }`, or the whole file when it has one site without braces. */
function readSites(top: readonly Directive[]): Site[] {
  const first = top[0];
  if (first && !first.block && first.words.length > 0)
    return [{ addresses: first.words, body: top.slice(1) }];
  return top
    .filter((d) => d.block && d.words.length > 0)
    .map((d) => ({ addresses: d.words, body: d.block ?? [] }));
}

/**
 * Nodes of an expanded Caddyfile: one per site block (server side: the idle and header timeouts
 * of the first global `servers` block whose listener matches the site's port, as Caddy applies
 * them), forwarding to one node per `reverse_proxy` (client side: `transport http` keep-alive).
 */
export function extractCaddyfile(directives: readonly Directive[], locate: LocateInFile) {
  const reader = new Reader();
  const [head] = directives;
  const global = head && head.words.length === 0 && head.block ? head : undefined;
  const servers = (global?.block ?? [])
    .filter((d) => d.words[0]?.text === 'servers')
    .map((d) => readServers(d, reader));
  const rest = directives.filter((d) => d !== global && d.words.length > 0);
  const nodes: ExtractedNode[] = [];
  const proxies: ExtractedNode[] = [];
  const siteScope = uniqueScopes();
  const proxyScope = uniqueScopes();
  for (const site of readSites(rest)) {
    const port = portOf(site.addresses[0]?.text ?? '');
    const options = servers.find((s) => s.ports.length === 0 || s.ports.includes(port));
    const upstreams: string[] = [];
    for (const d of findProxies(site.body, [])) {
      const proxy = readReverseProxy(d, reader);
      const scope = proxyScope(`reverse_proxy ${proxy.upstreams.join(' ') || '(no upstream)'}`);
      upstreams.push(scope);
      proxies.push({ tech: 'caddy', scope, settings: toSettings(proxy.settings, locate) });
    }
    const addresses = site.addresses.map((a) => a.text.replace(/,$/, '')).filter(Boolean);
    nodes.push({
      tech: 'caddy',
      scope: siteScope(`site ${addresses.join(', ')}`),
      settings: toSettings(options?.settings ?? new Map(), locate),
      ...(upstreams.length > 0 ? { upstreams } : {}),
    });
  }
  return { nodes: [...nodes, ...proxies], diagnostics: reader.diagnostics };
}
