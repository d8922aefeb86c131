import type { ExtractedNode } from '../types';
import type { OffsetDiagnostic } from './diagnostics';
import { inheritLevel, readLevel, type Locate, type Settings } from './levels';
import { isSettingDirective } from './settings';
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
const READ_ARGUMENTS = new Set(['upstream', 'proxy_pass', 'listen', 'server_name', 'include']);

/** True when extracting nodes reads this directive (the tree may leave the others out). */
export const modelReadsArguments = (name: string): boolean =>
  READ_ARGUMENTS.has(name) ||
  isSettingDirective(name, 'server-side') ||
  isSettingDirective(name, 'upstream');

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

  const level = (list: readonly NginxDirective[], outer: Settings) =>
    inheritLevel(outer, readLevel(list, 'server-side', locate, diagnostics), diagnostics);

  /** A location's settings; the outer object itself when the location sets nothing. */
  const nested = (list: readonly NginxDirective[], outer: Settings): Settings => {
    const own = readLevel(list, 'server-side', locate, diagnostics);
    if (own.firstHeader === null && Object.keys(own.values).length === 0) return outer;
    return inheritLevel(outer, own, diagnostics);
  };

  const rootSettings = level(directives, {});
  let httpSettings = rootSettings;
  walkContainer(directives, rootSettings);

  if (servers === 0) {
    const fragment = findProxyingLocations(directives, httpSettings);
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
        httpSettings = level(d.children, inherited);
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
    const own = level(children, inherited);
    const proxying = findProxyingLocations(children, own);
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

  /** Locations (nested too) holding a `proxy_pass`, in document order. */
  function findProxyingLocations(
    list: readonly NginxDirective[],
    outer: Settings,
  ): ProxyingLocation[] {
    const found: ProxyingLocation[] = [];
    const direct = passTargets(list);
    if (direct !== null) found.push({ block: null, settings: outer, targets: direct });
    const visit = (children: readonly NginxDirective[], settings: Settings): void => {
      for (let i = 0; i < children.length; i++) {
        const d = children[i];
        if (d === undefined || d.name !== 'location' || !d.children || d.opaque) continue;
        const here = nested(d.children, settings);
        const targets = passTargets(d.children);
        if (targets !== null) found.push({ block: d, settings: here, targets });
        visit(d.children, here);
      }
    };
    visit(list, outer);
    return found;
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
        const host = readProxyTarget(d.args[0]?.value ?? '');
        const name = host === null ? undefined : upstreamNames.get(host.toLowerCase());
        if (name !== undefined) targets.push(`upstream ${name}`);
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

function targetsOf(found: readonly ProxyingLocation[]): string[] {
  return [...new Set(found.flatMap((f) => f.targets))];
}

function differingKeys(a: Settings, b: Settings): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => a[k]?.value !== b[k]?.value).sort();
}
