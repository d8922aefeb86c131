import type { SettingScalar } from '../../model/chain';
import { unknownValue } from '../../model/value';
import type { NginxDirective } from './tree';

/** `map` blocks by the variable they set (`$connection_upgrade`), the first one for each. */
export type MapTable = ReadonlyMap<string, NginxDirective>;

/** The `map` blocks at the top level and in `http {}` (nginx allows them only in http). */
export function collectMaps(directives: readonly NginxDirective[]): MapTable {
  const maps = new Map<string, NginxDirective>();
  const visit = (list: readonly NginxDirective[]): void => {
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      if (d === undefined || !d.children || d.opaque) continue;
      if (d.name === 'http') visit(d.children);
      const target = d.args[1];
      if (d.name === 'map' && target !== undefined && !maps.has(target)) maps.set(target, d);
    }
  };
  visit(directives);
  return maps;
}

/** A header value as nginx sends it for ordinary requests, and the `map` that gave it. */
export interface OrdinaryValue {
  value: SettingScalar;
  map: NginxDirective | null;
}

/** `$name` or `${name}` alone: the variable's name with `$`. */
const LONE_VARIABLE = /^\$\{?([A-Za-z0-9_]+)\}?$/;

/**
 * What the map's source variable holds for an ordinary request (one that is not a WebSocket
 * upgrade): `$http_upgrade` is empty; `$http_connection` is absent, `keep-alive` or `close`.
 */
const ORDINARY_SOURCES: Record<string, readonly string[]> = {
  $http_upgrade: [''],
  $http_connection: ['', 'keep-alive', 'close'],
};

/**
 * The value a header set to `text` has for an ordinary request. A variable set by
 * `map $http_upgrade $x { … }` (or `map $http_connection …`, as Microsoft's ASP.NET docs write it)
 * is evaluated for each value the source has without an upgrade: an exact entry (compared
 * without case), else the first regular expression that matches, else `default`, else the empty
 * string (nginx.org ngx_http_map_module). When those values map differently, or any other
 * variable is used, the value cannot be known from the files: unknown.
 */
export function evaluateForOrdinaryRequest(text: string, maps: MapTable): OrdinaryValue {
  if (!text.includes('$')) return { value: text, map: null };
  const name = LONE_VARIABLE.exec(text)?.[1];
  const map = name === undefined ? undefined : maps.get(`$${name}`);
  const sources = ORDINARY_SOURCES[map?.args[0] ?? ''];
  if (!map || !sources)
    return {
      value: unknownValue(text, 'a variable nginx sets per request'),
      map: null,
    };
  const results = new Set(sources.map((source) => mapValue(map, source)));
  const [only] = results;
  if (results.size === 1 && only !== undefined) return valueOf(only, map);
  return {
    value: unknownValue(
      text,
      `the map for ${name ?? text} has entries that may match requests without Upgrade`,
    ),
    map,
  };
}

/** The map's result for one source value; undefined when an entry cannot be evaluated here. */
function mapValue(map: NginxDirective, source: string): string | undefined {
  let fallback = '';
  let regexHit: string | undefined;
  for (const entry of map.children ?? []) {
    const result = entry.args[0];
    if (result === undefined) {
      if (entry.name === 'include') return undefined; // an include not given may hold anything
      continue;
    }
    if (entry.name === 'default') fallback = result;
    else if (entry.name.startsWith('~')) {
      if (regexHit !== undefined) continue;
      // Regular expressions are tried in order after the exact matches: the first that matches
      // wins; one this engine cannot read leaves the answer open.
      const hit = matches(entry.name, source);
      if (hit === undefined) return undefined;
      if (hit) regexHit = result;
    } else if (entry.name.toLowerCase() === source) return result;
  }
  return regexHit ?? fallback;
}

/**
 * Whether a map's regular expression (`~re` or case-insensitive `~*re`) matches a short source
 * value (empty, `keep-alive`, `close`): the subject is tiny, so the match ends quickly whatever
 * the pattern; undefined when it is not valid here.
 */
function matches(entry: string, source: string): boolean | undefined {
  const caseless = entry.startsWith('~*');
  try {
    return new RegExp(entry.slice(caseless ? 2 : 1), caseless ? 'i' : '').test(source);
  } catch {
    return undefined;
  }
}

function valueOf(result: string, map: NginxDirective): OrdinaryValue {
  if (result.includes('$'))
    return { value: unknownValue(result, 'the map yields a variable nginx sets per request'), map };
  return { value: result, map };
}
