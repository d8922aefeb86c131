import type { ExtractedNode } from '../types';
import type { OffsetDiagnostic } from './diagnostics';
import { inheritLevel, readLevel, type Level, type Locate, type Settings } from './levels';
import { SETTING_DIRECTIVES } from './settings';
import { createScopeNamer, nameServerScope, readProxyTarget } from './scope-names';
import type { NginxDirective } from './tree';

export interface ModelResult {
  nodes: ExtractedNode[];
  diagnostics: OffsetDiagnostic[];
}

/** A location that proxies, with the settings in effect there. */
interface ProxyingLocation {
  block: NginxDirective | null;
  settings: Settings;
  targets: string[];
}

/** Directives the model (or `include` expansion) reads, besides settings. */
const READ = new Set([
  'upstream',
  'proxy_pass',
  'listen',
  'server_name',
  'include',
  ...SETTING_DIRECTIVES,
]);

/** True when extracting nodes reads this directive (the tree may leave the others out). */
export const modelReadsArguments = (name: string): boolean => READ.has(name);

/** One block read in one pass: see `scan` in `extractNginxModel`. */
interface Scanned {
  level: Level;
  targets: string[] | null;
  locations: NginxDirective[];
}

/** Blocks whose `proxy_pass` belongs to the enclosing location. */
const PASS_HOLDERS = new Set(['if', 'limit_except']);

/**
 * Turns an (include-expanded) nginx tree into nodes: one per `server {}` (server-side settings and
 * the proxy settings of the location that proxies, inherited http → server → location) and one per
 * `upstream {}` (its pool settings). Top-level directives count as http context, so fragments work;
 * a file with neither servers nor upstream-less settings yields one `http` node.
 * `stream {}` and `mail {}` are not HTTP and are skipped.
 */
export function extractNginxModel(
  directives: readonly NginxDirective[],
  locate: Locate,
): ModelResult {
  const diagnostics: OffsetDiagnostic[] = [];
  const nodes: ExtractedNode[] = [];
  const upstreamNames = new Map<string, string>();
  const uniqueScope = createScopeNamer();
  let servers = 0;
  collectUpstreamNames(directives);

  /**
   * One pass over a block: its own settings, the upstreams its `proxy_pass` names (null when it
   * has none) and its `location` blocks.
   */
  const scan = (list: readonly NginxDirective[]): Scanned => {
    let targets: string[] | null = null;
    const locations: NginxDirective[] = [];
    const level = readLevel(list, 'server-side', locate, diagnostics, (d) => {
      if (d.children) {
        if (d.opaque) return;
        if (d.name === 'location') locations.push(d);
        else if (PASS_HOLDERS.has(d.name)) {
          const inner = passTargets(d.children);
          if (inner) targets = [...(targets ?? []), ...inner];
        }
      } else if (d.name === 'proxy_pass') {
        targets ??= [];
        const target = upstreamOf(d);
        if (target !== undefined) targets.push(target);
      }
    });
    return { level, targets, locations };
  };

  const rootScan = scan(directives);
  const rootSettings = inheritLevel({}, rootScan.level, diagnostics);
  let httpSettings = rootSettings;
  walkContainer(directives, rootSettings);

  if (servers === 0) {
    const fragment = findProxyingLocations(rootScan, httpSettings);
    const used = pickLocation(fragment, httpSettings);
    const upstreams = targetsOf(fragment);
    if (Object.keys(used).length > 0 || upstreams.length > 0)
      nodes.unshift({
        tech: 'nginx',
        scope: 'http',
        settings: used,
        upstreams,
        label: 'nginx http',
      });
  }
  return { nodes, diagnostics };

  function walkContainer(list: readonly NginxDirective[], inherited: Settings): void {
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      if (d === undefined || !d.children || d.opaque) continue;
      if (d.name === 'http') {
        httpSettings = inheritLevel(inherited, scan(d.children).level, diagnostics);
        walkContainer(d.children, httpSettings);
      } else if (d.name === 'server') {
        servers++;
        addServer(d.children, inherited);
      } else if (d.name === 'upstream') {
        addUpstream(d, d.children);
      }
    }
  }

  function addServer(children: readonly NginxDirective[], inherited: Settings): void {
    const scanned = scan(children);
    const own = inheritLevel(inherited, scanned.level, diagnostics);
    const proxying = findProxyingLocations(scanned, own);
    const scope = uniqueScope(nameServerScope(children));
    nodes.push({
      tech: 'nginx',
      scope,
      settings: pickLocation(proxying, own),
      upstreams: targetsOf(proxying),
      label: `nginx ${scope}`,
    });
  }

  function addUpstream(block: NginxDirective, children: readonly NginxDirective[]): void {
    const name = block.args[0]?.value ?? '';
    const scope = uniqueScope(name ? `upstream ${name}` : 'upstream');
    const settings = readLevel(children, 'upstream', locate, diagnostics).values;
    nodes.push({ tech: 'nginx', scope, settings, label: `nginx ${scope}` });
  }

  /** The block itself when it proxies, then its locations (nested too) that do, in order. */
  function findProxyingLocations(block: Scanned, outer: Settings): ProxyingLocation[] {
    const found: ProxyingLocation[] = [];
    if (block.targets !== null)
      found.push({ block: null, settings: outer, targets: block.targets });
    const visit = (locations: readonly NginxDirective[], settings: Settings): void => {
      for (const d of locations) {
        const inner = scan(d.children ?? []);
        // A location that sets nothing shares the outer settings object.
        const here =
          inner.level.firstHeader === null && Object.keys(inner.level.values).length === 0
            ? settings
            : inheritLevel(settings, inner.level, diagnostics);
        if (inner.targets !== null)
          found.push({ block: d, settings: here, targets: inner.targets });
        visit(inner.locations, here);
      }
    };
    visit(block.locations, outer);
    return found;
  }

  /** The upstream scope a `proxy_pass` names, if it names an `upstream {}` of the config. */
  function upstreamOf(d: NginxDirective): string | undefined {
    const host = readProxyTarget(d.args[0]?.value ?? '');
    const name = host === null ? undefined : upstreamNames.get(host.toLowerCase());
    return name === undefined ? undefined : `upstream ${name}`;
  }

  /** Upstream scopes named by the `proxy_pass` directives of a block; null when it has none. */
  function passTargets(children: readonly NginxDirective[]): string[] | null {
    let targets: string[] | null = null;
    for (let i = 0; i < children.length; i++) {
      const d = children[i];
      if (d === undefined) continue;
      if (d.children && PASS_HOLDERS.has(d.name) && !d.opaque) {
        const inner = passTargets(d.children);
        if (inner) targets = [...(targets ?? []), ...inner];
      } else if (d.name === 'proxy_pass' && !d.children) {
        targets ??= [];
        const target = upstreamOf(d);
        if (target !== undefined) targets.push(target);
      }
    }
    return targets;
  }

  /** The first proxying location's settings; later ones that differ are reported. */
  function pickLocation(found: readonly ProxyingLocation[], fallback: Settings): Settings {
    const [first, ...rest] = found;
    if (!first) return fallback;
    for (const other of rest) {
      const keys = differingKeys(first.settings, other.settings);
      if (keys.length === 0 || !other.block) continue;
      diagnostics.push({
        code: 'NGINX_LOCATIONS_DIFFER',
        severity: 'info',
        message: `this location proxies with other values (${keys.join(', ')}) than the first proxying location, whose values are used`,
        file: other.block.file,
        start: other.block.start,
        end: other.block.start + other.block.name.length,
      });
    }
    return first.settings;
  }

  function collectUpstreamNames(list: readonly NginxDirective[]): void {
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      if (d === undefined || !d.children) continue;
      if (d.name === 'http') collectUpstreamNames(d.children);
      const name = d.args[0]?.value;
      if (d.name === 'upstream' && name) upstreamNames.set(name.toLowerCase(), name);
    }
  }
}

/** The upstream scopes the proxying locations name, each once, in order. */
function targetsOf(found: readonly ProxyingLocation[]): string[] {
  const out: string[] = [];
  for (const f of found) for (const t of f.targets) if (!out.includes(t)) out.push(t);
  return out;
}

function differingKeys(a: Settings, b: Settings): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => a[k]?.value !== b[k]?.value).sort();
}
