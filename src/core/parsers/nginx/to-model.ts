import type { ExtractedNode } from '../types';
import type { NginxSpanDiagnostic } from './diagnostics';
import type { LocateInFile } from '../../source/diagnostic';
import { inheritLevel, readLevel, type Level, type Settings } from './levels';
import { SETTING_DIRECTIVES } from './settings';
import { createScopeNamer, nameServerScope } from './scope-names';
import {
  classifyProxyTarget,
  collectPasses,
  describeTarget,
  PASS_HOLDERS,
  type ProxyTarget,
} from './proxy-target';
import { collectMaps } from './connection-map';
import { readConnectionHeader } from './connection-header';
import { isWebSocketLocation } from './websocket';
import { isStockInclude } from './include-match';
import { writtenSetting } from '../written';
import { unknownValue } from '../../model/value';
import type { NginxDirective } from './tree';
import {
  applySets,
  collectSet,
  NO_VARIABLES,
  substituteVariables,
  type BlockSets,
  type SetVariables,
} from './set-variables';

export interface ModelResult {
  nodes: ExtractedNode[];
  diagnostics: NginxSpanDiagnostic[];
}

/** A location that proxies, with the settings in effect there. */
interface ProxyingLocation {
  block: NginxDirective | null;
  settings: Settings;
  targets: string[];
  /** Its `proxy_pass` directives (in nested `if` / `limit_except` too), in order. */
  passes: NginxDirective[];
  /** Variables `set` leaves for a request served here (server, then this location). */
  vars: SetVariables;
}

/** Directives the model (or `include` expansion) reads, besides settings. */
const READ = new Set([
  'upstream',
  'map',
  'location',
  'proxy_pass',
  'listen',
  'server_name',
  'include',
  'set',
  ...SETTING_DIRECTIVES,
]);

/** True when extracting nodes reads this directive (the tree may leave the others out). */
export const modelReadsArguments = (name: string): boolean => READ.has(name);

/** One block read in one pass: see `scan` in `extractNginxModel`. */
interface Scanned {
  level: Level;
  passes: NginxDirective[] | null;
  locations: readonly NginxDirective[];
  /** `include` directives whose files were not given. */
  missing: readonly NginxDirective[];
  /** Its `set` directives (null: none). */
  sets: BlockSets | null;
}

const NONE: readonly NginxDirective[] = Object.freeze([]);

/**
 * Turns an (include-expanded) nginx tree into nodes: one per `server {}` (server-side settings and
 * the proxy settings of the location that proxies, inherited http → server → location) and one per
 * `upstream {}` (its pool settings). Top-level directives count as http context, so fragments work;
 * a file with neither servers nor upstream-less settings yields one `http` node.
 * `stream {}` and `mail {}` are not HTTP and are skipped.
 */
export function extractNginxModel(
  directives: readonly NginxDirective[],
  locate: LocateInFile,
  textOf?: (file: string) => string,
): ModelResult {
  const diagnostics: NginxSpanDiagnostic[] = [];
  const nodes: ExtractedNode[] = [];
  const upstreamNames = new Map<string, string>();
  const uniqueScope = createScopeNamer();
  const maps = collectMaps(directives);
  let servers = 0;
  let httpBlock: NginxDirective | null = null;
  collectUpstreamNames(directives);
  /** Each `proxy_pass` URL classified once (servers repeat a few hundred URLs thousands of times). */
  const targets = new Map<string, ProxyTarget>();
  const evaluated = new Map<string, ProxyTarget>();
  /** What a `proxy_pass` URL reaches, its variables replaced by what `set` gave them. */
  const targetOf = (url: string, vars: SetVariables): ProxyTarget => {
    const value = substituteVariables(url, vars);
    const cache = value === url ? targets : evaluated;
    let target = cache.get(value);
    if (!target)
      cache.set(value, (target = classifyProxyTarget(value, upstreamNames, value !== url)));
    return target;
  };
  /** `upstream <name>`, one string per upstream however many servers name it. */
  const scopes = new Map<string, string>();
  const upstreamScope = (name: string): string => {
    let scope = scopes.get(name);
    if (scope === undefined) scopes.set(name, (scope = `upstream ${name}`));
    return scope;
  };

  /**
   * One pass over a block: its own settings, the upstreams its `proxy_pass` names (null when it
   * has none) and its `location` blocks.
   */
  const scan = (list: readonly NginxDirective[]): Scanned => {
    let passes: NginxDirective[] | null = null;
    // Made when a first one is found: most blocks have no location or include.
    let locations: NginxDirective[] | null = null;
    let missing: NginxDirective[] | null = null;
    let sets: BlockSets | null = null;
    const level = readLevel(
      list,
      'server-side',
      locate,
      diagnostics,
      (d) => {
        if (d.children) {
          if (d.opaque) return;
          if (d.name === 'location') (locations ??= []).push(d);
          else if (PASS_HOLDERS.has(d.name)) {
            passes = collectPasses(d.children, passes);
            sets = collectSet(d, sets);
          }
        } else if (d.name === 'proxy_pass') (passes ??= []).push(d);
        else if (d.name === 'include') (missing ??= []).push(d);
        else if (d.name === 'set') sets = collectSet(d, sets);
      },
      textOf,
    );
    return { level, passes, locations: locations ?? NONE, missing: missing ?? NONE, sets };
  };

  const rootScan = scan(directives);
  const rootSettings = inheritLevel({}, rootScan.level, diagnostics);
  let httpSettings = rootSettings;
  let httpScan: Scanned | null = null;
  walkContainer(directives, rootSettings);

  if (servers === 0) {
    const fragment = findProxyingLocations(rootScan, httpSettings);
    const picked = pickLocation(fragment);
    let used = picked ? withTarget(picked) : httpSettings;
    let upstreams = targetsOf(undefined, fragment);
    let assumed: string | undefined;
    if (httpBlock && !picked) {
      // The servers (and their proxy_pass) are not given: the one upstream {} block is where they
      // proxy; with none or several, where they proxy is unknown — never a default pool.
      const only = upstreamNames.size === 1 ? [...upstreamNames.values()][0] : undefined;
      if (only !== undefined) upstreams = [(assumed = `upstream ${only}`)];
      else used = { ...used, proxy_pass: serversNotGivenTarget(httpBlock) };
    }
    if (httpBlock) reportServersNotGiven(httpBlock, assumed);
    if (Object.keys(used).length > 0 || upstreams.length > 0 || httpBlock)
      nodes.unshift({
        tech: 'nginx',
        scope: 'http',
        settings: used,
        upstreams,
        label: 'nginx http',
      });
  }
  if (nodes.length === 0) reportNothingToRead();
  return { nodes, diagnostics };

  /** No http context at all (only `events {}`, `stream {}`, `mail {}`): say why nothing is read. */
  function reportNothingToRead(): void {
    // Blocks only: every block stays in the tree, whichever leaf directives it keeps.
    const other = directives.find((d) => (d.name === 'stream' || d.name === 'mail') && d.children);
    const first = other ?? directives.find((d) => d.name === 'events' && d.children);
    if (first === undefined) return;
    diagnostics.push({
      code: 'NGINX_NOTHING_TO_READ',
      severity: 'warning',
      message: other
        ? `the file has a ${other.name} {} block but no http {}, server {} or upstream {} block: ${other.name} {} proxies ${other.name === 'stream' ? 'TCP/UDP' : 'mail'} connections, where HTTP keep-alive does not apply`
        : 'the file has no http {}, server {} or upstream {} block (only main-context directives such as events {}): the HTTP servers are in files not given',
      file: first.file,
      start: first.start,
      end: first.start + first.name.length,
    });
  }

  function walkContainer(list: readonly NginxDirective[], inherited: Settings): void {
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      if (d === undefined || !d.children || d.opaque) continue;
      if (d.name === 'http') {
        httpBlock ??= d;
        httpScan = scan(d.children);
        httpSettings = inheritLevel(inherited, httpScan.level, diagnostics);
        walkContainer(d.children, httpSettings);
      } else if (d.name === 'server') {
        servers++;
        addServer(d, d.children, inherited);
      } else if (d.name === 'upstream') {
        addUpstream(d, d.children);
      }
    }
  }

  function addServer(
    block: NginxDirective,
    children: readonly NginxDirective[],
    inherited: Settings,
  ): void {
    const scanned = scan(children);
    const own = inheritLevel(inherited, scanned.level, diagnostics);
    const proxying = findProxyingLocations(scanned, own);
    const scope = uniqueScope(nameServerScope(children));
    const picked = pickLocation(proxying);
    let settings = picked ? withTarget(picked) : own;
    // Serves files, returns or redirects: no client side (unless its locations were not given).
    if (!picked && !hasMissingInclude(scanned))
      settings = {
        ...own,
        proxy_pass: writtenSetting(
          'none',
          block.file,
          locate(block.file, block.start),
          'server (no proxy_pass)',
        ),
      };
    nodes.push({
      tech: 'nginx',
      scope,
      settings,
      // The picked location's upstream first: the path ordinary requests take.
      upstreams: targetsOf(picked, proxying),
      label: `nginx ${scope}`,
    });
  }

  function addUpstream(block: NginxDirective, children: readonly NginxDirective[]): void {
    const name = block.args[0] ?? '';
    const scope = uniqueScope(name ? `upstream ${name}` : 'upstream');
    const settings = readLevel(children, 'upstream', locate, diagnostics, undefined, textOf).values;
    nodes.push({ tech: 'nginx', scope, settings, label: `nginx ${scope}` });
  }

  /** The block itself when it proxies, then its locations (nested too) that do, in order. */
  function findProxyingLocations(block: Scanned, outer: Settings): ProxyingLocation[] {
    const found: ProxyingLocation[] = [];
    const serverVars = applySets(NO_VARIABLES, block.sets);
    if (block.passes !== null)
      found.push({
        block: null,
        settings: outer,
        targets: upstreamsOf(block.passes, serverVars),
        passes: block.passes,
        vars: serverVars,
      });
    const visit = (locations: readonly NginxDirective[], settings: Settings): void => {
      for (let i = 0; i < locations.length; i++) {
        const d = locations[i];
        if (d === undefined) continue;
        const inner = scan(d.children ?? []);
        const here = inheritLevel(settings, inner.level, diagnostics);
        if (inner.passes !== null) {
          const vars = applySets(serverVars, inner.sets);
          found.push({
            block: d,
            settings: here,
            targets: upstreamsOf(inner.passes, vars),
            passes: inner.passes,
            vars,
          });
        }
        visit(inner.locations, here);
      }
    };
    visit(block.locations, outer);
    return found;
  }

  /** The `upstream {}` scopes some of these `proxy_pass` directives name. */
  function upstreamsOf(passes: readonly NginxDirective[], vars: SetVariables): string[] {
    const out: string[] = [];
    for (let i = 0; i < passes.length; i++) {
      const target = targetOf(passes[i]?.args[0] ?? '', vars);
      if (target.kind === 'upstream') out.push(upstreamScope(target.name));
    }
    return out;
  }

  /**
   * The location whose values the node takes: the first that serves ordinary requests, or the
   * first of all when every one is a WebSocket endpoint. Others that differ are reported.
   */
  function pickLocation(found: readonly ProxyingLocation[]): ProxyingLocation | undefined {
    // One proxying place (most servers): it is the one, whatever it serves.
    if (found.length <= 1) return found[0];
    const ordinary = found.filter((f) => !f.block || !isWebSocketLocation(f.block));
    // `location /` catches every request no other location takes: the ordinary path, wherever it
    // is written (a /hubs or /api/live location with a Connection map may come first).
    const first = ordinary.find((f) => f.block && isCatchAll(f.block)) ?? ordinary[0] ?? found[0];
    if (!first) return undefined;
    for (const other of found) {
      if (other === first) continue;
      const keys = differingKeys(first.settings, other.settings);
      if (keys.length === 0 || !other.block) continue;
      diagnostics.push({
        code: 'NGINX_LOCATIONS_DIFFER',
        severity: 'info',
        message: `this location proxies with other values (${keys.join(', ')}) than the location whose values are used`,
        file: other.block.file,
        start: other.block.start,
        end: other.block.start + other.block.name.length,
      });
    }
    return first;
  }

  /**
   * The picked location's settings with what its `proxy_pass` reaches (an address: no reuse) and
   * its Connection header as ordinary requests send it (a `map` on `$http_upgrade` evaluated).
   */
  function withTarget(picked: ProxyingLocation): Settings {
    const out: Settings = { ...picked.settings };
    const pass = picked.passes[0];
    if (pass) {
      const url = pass.args[0] ?? '';
      const target = targetOf(url, picked.vars);
      const reached = describeTarget(target);
      if (reached !== undefined)
        out['proxy_pass'] = writtenSetting(
          reached,
          pass.file,
          locate(pass.file, pass.start),
          `proxy_pass ${url}`,
        );
      if (target.kind === 'address' && target.named)
        report(
          pass,
          'NGINX_PROXY_PASS_NO_UPSTREAM',
          `no upstream {} block is named "${target.host}" in the given files: nginx resolves it as a host and keeps no idle connections to it`,
        );
      if (target.kind === 'upstream-with-port')
        diagnostics.push({
          code: 'NGINX_UPSTREAM_WITH_PORT',
          severity: 'error',
          message: `upstream "${target.name}" may not have a port in "proxy_pass ${url}": nginx -t refuses this file (write proxy_pass http://${target.name}; the servers' ports go in the upstream {} block)`,
          file: pass.file,
          start: pass.start,
          end: pass.end,
        });
      const value = substituteVariables(url, picked.vars);
      if (value !== url && target.kind !== 'variable')
        report(
          pass,
          'NGINX_PROXY_PASS_FROM_SET',
          target.kind === 'upstream'
            ? `"${url}" is "${value}" by the set directives here: it reaches upstream ${target.name} and its keep-alive pool`
            : `"${url}" is "${value}" by the set directives here: nginx looks the host up per request (an upstream {} block only matches a name without a port) and keeps no idle connections to it`,
        );
      if (target.kind === 'variable')
        report(
          pass,
          'NGINX_PROXY_PASS_VARIABLE',
          `"${url}": connections are pooled only if the variable holds the name of an upstream {} block; the hop is unknown until you say which`,
        );
    }
    readConnectionHeader(out, maps, report);
    return out;
  }

  function report(d: NginxDirective, code: NginxSpanDiagnostic['code'], message: string): void {
    diagnostics.push({ code, severity: 'info', message, file: d.file, start: d.start, end: d.end });
  }

  function hasMissingInclude(scanned: Scanned): boolean {
    if (scanned.missing.some((d) => !isStockInclude(d.args[0] ?? ''))) return true;
    return scanned.locations.some((l) =>
      // Stock snippets (uwsgi_params, proxy_params…) never hold a proxy_pass.
      l.children?.some(
        (d) => d.name === 'include' && !d.children && !isStockInclude(d.args[0] ?? ''),
      ),
    );
  }

  /** What the missing servers' `proxy_pass` reaches: unknown, from the files given. */
  function serversNotGivenTarget(http: NginxDirective): Settings[string] {
    return writtenSetting(
      unknownValue('proxy_pass', 'the server {} blocks that proxy are in files not given'),
      http.file,
      locate(http.file, http.start),
      'http (servers not given)',
    );
  }

  /** An `http {}` with no `server {}`: say where the servers would have been. */
  function reportServersNotGiven(http: NginxDirective, assumed?: string): void {
    const missing = (httpScan?.missing ?? []).filter((d) => !isStockInclude(d.args[0] ?? ''));
    const names = missing.map((d) => `"include ${d.args[0] ?? ''}"`).join(', ');
    diagnostics.push({
      code: 'NGINX_SERVERS_NOT_GIVEN',
      severity: 'warning',
      message:
        (names
          ? `no server {} block was given: the servers are in ${names}, whose files were not given; the node has the http-level settings only`
          : 'this http {} block has no server {} block: the node has the http-level settings only') +
        (assumed
          ? `; their proxy_pass is taken to name ${assumed}, the only upstream {} block`
          : '; where they proxy to is unknown'),
      file: http.file,
      start: http.start,
      end: http.start + http.name.length,
    });
  }

  function collectUpstreamNames(list: readonly NginxDirective[]): void {
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      if (d === undefined || !d.children) continue;
      if (d.name === 'http') collectUpstreamNames(d.children);
      const name = d.args[0];
      if (d.name === 'upstream' && name) upstreamNames.set(name.toLowerCase(), name);
    }
  }
}

/** `location /` or `location ^~ /`: the prefix every request path has. */
function isCatchAll(location: NginxDirective): boolean {
  const args = location.args;
  return (
    args.length > 0 && args[args.length - 1] === '/' && (args.length === 1 || args[0] === '^~')
  );
}

/** The upstream scopes the proxying locations name (`picked`'s first), each once, in order. */
function targetsOf(
  picked: ProxyingLocation | undefined,
  found: readonly ProxyingLocation[],
): string[] {
  const out: string[] = [];
  if (picked) addTargets(out, picked);
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f) addTargets(out, f);
  }
  return out;
}

function addTargets(out: string[], f: ProxyingLocation): void {
  for (let i = 0; i < f.targets.length; i++) {
    const t = f.targets[i];
    if (t !== undefined && !out.includes(t)) out.push(t);
  }
}

function differingKeys(a: Settings, b: Settings): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => a[k]?.value !== b[k]?.value).sort();
}
