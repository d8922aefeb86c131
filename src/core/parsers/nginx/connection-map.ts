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
      const target = d.args[1]?.value;
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
 * The value a header set to `text` has for an ordinary request (one without an `Upgrade`
 * header). A variable set by `map $http_upgrade $x { … }` is evaluated for an empty
 * `$http_upgrade`: its `''` entry, else the first regular expression that matches the empty
 * value, else `default`, else the empty string (nginx.org ngx_http_map_module: exact matches,
 * then regular expressions in order, then the default).
 * Any other variable cannot be known from the files: an unknown value.
 */
export function evaluateForOrdinaryRequest(text: string, maps: MapTable): OrdinaryValue {
  if (!text.includes('$')) return { value: text, map: null };
  const name = LONE_VARIABLE.exec(text)?.[1];
  const map = name === undefined ? undefined : maps.get(`$${name}`);
  if (!map || map.args[0]?.value !== '$http_upgrade')
    return {
      value: unknownValue(text, 'a variable nginx sets per request'),
      map: null,
    };
  let fallback = '';
  let regexHit: string | undefined;
  let uncertain = false;
  for (const entry of map.children ?? []) {
    const result = entry.args[0]?.value;
    if (entry.name === '' && result !== undefined) return valueOf(result, map);
    if (entry.name === 'default' && result !== undefined) fallback = result;
    else if (
      entry.name.startsWith('~') &&
      result !== undefined &&
      !uncertain &&
      regexHit === undefined
    ) {
      // Regular expressions are tried in order after the exact matches: the first that matches
      // the empty value wins; one this engine cannot read leaves the answer open.
      const hit = matchesEmpty(entry.name);
      if (hit === undefined) uncertain = true;
      else if (hit) regexHit = result;
    } else if (entry.name === 'include') uncertain = true; // an include not given may hold anything
  }
  if (uncertain)
    return {
      value: unknownValue(
        text,
        `the map for ${name ?? text} has entries that may match requests without Upgrade`,
      ),
      map,
    };
  return valueOf(regexHit ?? fallback, map);
}

/**
 * Whether a map's regular expression (`~re` or case-insensitive `~*re`) matches the empty value.
 * Testing an empty string ends quickly whatever the pattern; undefined when it is not valid here.
 */
function matchesEmpty(entry: string): boolean | undefined {
  const caseless = entry.startsWith('~*');
  try {
    return new RegExp(entry.slice(caseless ? 2 : 1), caseless ? 'i' : '').test('');
  } catch {
    return undefined;
  }
}

function valueOf(result: string, map: NginxDirective): OrdinaryValue {
  if (result.includes('$'))
    return { value: unknownValue(result, 'the map yields a variable nginx sets per request'), map };
  return { value: result, map };
}
