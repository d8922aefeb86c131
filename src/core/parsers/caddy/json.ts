import { isMap, isSeq, type YAMLMap } from 'yaml';
import type { LocateInFile, SpanDiagnostic } from '../../source/diagnostic';
import { parseJsonc } from '../../source/jsonc';
import { asMap, asSeq, getMap, readEntries, type YamlEntry } from '../../source/yaml/entries';
import type { YamlIndex } from '../../source/yaml/walk';
import type { ExtractedNode } from '../types';
import { readCaddyDuration, readCount, type ReadValue } from './values';
import { toSettings, uniqueScopes, type Written } from './written';

/** A Caddy JSON duration: a duration string, or an integer of nanoseconds. */
const jsonDuration = (e: YamlEntry): ReadValue =>
  typeof e.value === 'number'
    ? { ok: true, value: e.value / 1e6 }
    : typeof e.value === 'string'
      ? readCaddyDuration(e.value)
      : { ok: false, reason: 'expected a duration string or nanoseconds' };

const jsonCount = (e: YamlEntry): ReadValue =>
  typeof e.value === 'number' ? readCount(String(e.value)) : readCount(String(e.value ?? ''));

const jsonBool = (e: YamlEntry): ReadValue =>
  typeof e.value === 'boolean'
    ? { ok: true, value: e.value }
    : { ok: false, reason: 'expected true or false' };

const SERVER: Record<string, { key: string; read: (e: YamlEntry) => ReadValue }> = {
  idle_timeout: { key: 'servers.timeouts.idle', read: jsonDuration },
  read_header_timeout: { key: 'servers.timeouts.read_header', read: jsonDuration },
};

const KEEP_ALIVE: Record<string, { key: string; read: (e: YamlEntry) => ReadValue }> = {
  enabled: { key: 'reverse_proxy.transport.keepalive.enabled', read: jsonBool },
  idle_timeout: { key: 'reverse_proxy.transport.keepalive', read: jsonDuration },
  max_idle_conns: { key: 'reverse_proxy.transport.keepalive_idle_conns', read: jsonCount },
  max_idle_conns_per_host: {
    key: 'reverse_proxy.transport.keepalive_idle_conns_per_host',
    read: jsonCount,
  },
};

/**
 * Nodes of a Caddy JSON config: one per `apps.http.servers.<name>` (idle_timeout,
 * read_header_timeout) forwarding to one per `reverse_proxy` handler in its routes (subroutes
 * included) with its HTTP transport's `keep_alive`.
 */
export function parseCaddyJson(file: string, text: string, locate: LocateInFile) {
  const diagnostics: SpanDiagnostic[] = [];
  const parsed = parseJsonc(text);
  for (const issue of parsed.issues)
    diagnostics.push({
      code: issue.kind === 'duplicate-key' ? 'CADDY_JSON_DUPLICATE_KEY' : 'CADDY_JSON_SYNTAX',
      severity: issue.severity,
      message: issue.message,
      file,
      start: issue.offset,
      end: issue.offset + 1,
    });
  const nodes: ExtractedNode[] = [];
  const proxies: ExtractedNode[] = [];
  const proxyScope = uniqueScopes();
  const read = (
    into: Map<string, Written>,
    map: YAMLMap | undefined,
    table: typeof SERVER,
    index: YamlIndex,
  ) => {
    for (const e of readEntries(map, index)) {
      if (!Object.hasOwn(table, e.key)) continue;
      const spec = table[e.key];
      if (!spec) continue;
      const r = spec.read(e);
      const at = e.keyStart + (text[e.keyStart] === '"' ? 1 : 0);
      if (r.ok) into.set(spec.key, { value: r.value, file, at, setting: e.key });
      else
        diagnostics.push({
          code: 'CADDY_INVALID_VALUE',
          severity: 'error',
          message: `${e.key}: ${r.reason}`,
          file,
          start: e.valueStart,
          end: e.valueEnd,
        });
    }
  };
  for (const { doc, index } of parsed.documents) {
    const servers = getMap(doc.contents, ['apps', 'http', 'servers'], index);
    for (const server of readEntries(servers, index)) {
      const map = asMap(server.node, index);
      const settings = new Map<string, Written>();
      read(settings, map, SERVER, index);
      const upstreams: string[] = [];
      for (const handler of findHandlers(map, index)) {
        const own = new Map<string, Written>();
        const transport = getMap(handler, ['transport'], index);
        const protocol = readEntries(transport, index).find((e) => e.key === 'protocol')?.value;
        if (protocol === undefined || protocol === 'http')
          read(own, getMap(handler, ['transport', 'keep_alive'], index), KEEP_ALIVE, index);
        const list = readEntries(handler, index).find((e) => e.key === 'upstreams')?.node;
        const dials = (asSeq(list, index)?.items ?? [])
          .map((u) => readEntries(asMap(u, index), index).find((e) => e.key === 'dial')?.value)
          .filter((v): v is string => typeof v === 'string');
        const scope = proxyScope(`reverse_proxy ${dials.join(' ') || '(no upstream)'}`);
        upstreams.push(scope);
        proxies.push({ tech: 'caddy', scope, settings: toSettings(own, locate) });
      }
      nodes.push({
        tech: 'caddy',
        scope: `server ${server.key}`,
        settings: toSettings(settings, locate),
        ...(upstreams.length > 0 ? { upstreams } : {}),
      });
    }
  }
  return { nodes: [...nodes, ...proxies], diagnostics };
}

/** Every `"handler": "reverse_proxy"` object under a server's routes, in order (iterative). */
function findHandlers(server: YAMLMap | undefined, index: YamlIndex): YAMLMap[] {
  const found: YAMLMap[] = [];
  const stack: unknown[] = [server?.get('routes', true)];
  while (stack.length > 0) {
    const node = index.resolve(stack.pop());
    if (isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    else if (isMap(node)) {
      const entries = readEntries(node, index);
      if (entries.some((e) => e.key === 'handler' && e.value === 'reverse_proxy')) found.push(node);
      else for (const e of [...entries].reverse()) if (!isScalarish(e)) stack.push(e.node);
    }
  }
  return found;
}

const isScalarish = (e: YamlEntry) => e.value !== undefined;
