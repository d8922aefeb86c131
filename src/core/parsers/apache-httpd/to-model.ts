import type { SettingInput } from '../../model/chain';
import type { LocateInFile, SpanDiagnostic } from '../../source/diagnostic';
import type { ExtractedNode } from '../types';
import { writtenSetting } from '../written';
import type { Collected, ServerScope, Written } from './collect';

export type ModelCode = 'APACHE_KEEPALIVETIMEOUT_SHARED';

const scopeOfWorker = (name: string) => `proxy ${name}`;

/**
 * Nodes of an Apache httpd config: one per `<VirtualHost>` (the main server config when there
 * is none) holding KeepAlive, KeepAliveTimeout and MaxKeepAliveRequests (a virtual host inherits
 * what it does not set), forwarding to one node per mod_proxy worker (`proxy http://app:8080`,
 * `proxy balancer://web`) that holds ttl, disablereuse and keepalive.
 *
 * Name-based virtual hosts sharing an address use the KeepAliveTimeout of the first of them
 * (core docs, KeepAliveTimeout: "the value of the first defined virtual host best matching the
 * local IP and port will be used"): a later one's own value is reported and not used.
 */
export function extractApacheModel(c: Collected, locate: LocateInFile) {
  const diagnostics: SpanDiagnostic<ModelCode>[] = [];
  const toSetting = (w: Written): SettingInput =>
    writtenSetting(w.value, w.file, locate(w.file, w.at), w.setting);
  const firstByAddress = new Map<string, ServerScope>();
  const nodes: ExtractedNode[] = [];
  const used = new Set<string>();
  const seen = new Map<string, number>();

  const serverNode = (s: ServerScope): ExtractedNode => {
    const merged = new Map([...c.main.settings, ...s.settings]);
    const first = firstByAddress.get(s.address);
    if (s !== c.main && first === undefined) firstByAddress.set(s.address, s);
    else if (first && first !== s) {
      const own = s.settings.get('KeepAliveTimeout');
      const shared =
        first.settings.get('KeepAliveTimeout') ?? c.main.settings.get('KeepAliveTimeout');
      if (own)
        diagnostics.push({
          code: 'APACHE_KEEPALIVETIMEOUT_SHARED',
          severity: 'warning',
          message: `name-based virtual hosts on ${s.address} use the KeepAliveTimeout of the first one${first.serverName ? ` (${first.serverName})` : ''}: this value is not used`,
          file: own.file,
          start: own.at,
          end: own.at + own.setting.length,
        });
      if (shared) merged.set('KeepAliveTimeout', shared);
      else merged.delete('KeepAliveTimeout');
    }
    const settings: Record<string, SettingInput> = {};
    for (const [k, w] of merged) settings[k] = toSetting(w);
    const targets = [...new Set([...s.targets, ...c.main.targets])];
    for (const t of targets) used.add(t);
    const base =
      s === c.main
        ? 'server config'
        : `VirtualHost ${s.address}${s.serverName ? ` ${s.serverName}` : ''}`;
    // Scopes name nodes uniquely: a second `VirtualHost *:80` without a ServerName is `… #2`.
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const scope = n === 1 ? base : `${base} #${n}`;
    return {
      tech: 'apache-httpd',
      scope,
      settings,
      ...(targets.length > 0 ? { upstreams: targets.map(scopeOfWorker) } : {}),
    };
  };

  if (c.vhosts.length === 0) nodes.push(serverNode(c.main));
  else for (const v of c.vhosts) nodes.push(serverNode(v));
  for (const [name, params] of c.workers) {
    if (!used.has(name) && params.size === 0) continue;
    const settings: Record<string, SettingInput> = {};
    for (const [k, w] of params) settings[k] = toSetting(w);
    nodes.push({ tech: 'apache-httpd', scope: scopeOfWorker(name), settings });
  }
  return { nodes, diagnostics };
}
