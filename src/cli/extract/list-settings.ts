import { findSettingDef } from '../../core/catalog/setting-reader';
import type { ChainNode, KnownScalar, SettingScalar } from '../../core/model/chain';
import { isUnknownValue } from '../../core/model/value';
import type { Role } from '../../core/model/roles';
import { describeOrigin, type Origin } from '../../core/model/origin';
import type { ExtractedNode } from '../../core/parsers/types';
import { findExplicitLocation } from '../../core/report/check-result';
import { createIdleResolver, type NodeIdles, type SideIdle } from './effective-idle';

/** One setting of an extracted node, as `extract` reports it (design/contracts.md). */
export interface ListedSetting {
  name: string;
  role: Role | null;
  /** Durations in ms (null = no limit); counts go in `count`, other kinds in `value`. */
  ms?: number | null;
  count?: number | null;
  value?: KnownScalar;
  /** A value written but not resolvable from the given files: never a default or no limit. */
  unknown?: { expression: string; reason: string };
  origin: string;
  originDetail: string;
  line?: number;
  column?: number;
  /** Set when the value comes from another file (an nginx `include`). */
  file?: string;
}

/** A setting with its value in the field its kind calls for (`ms`, `count` or `value`). */
function listed(
  name: string,
  role: Role | null,
  kind: string | undefined,
  v: SettingScalar,
  origin: Origin,
): ListedSetting {
  const numeric = v === null || typeof v === 'number';
  // One literal per case (no spread): extract lists thousands of settings. The JSON keeps the
  // order name, role, the value's field, origin, originDetail.
  const kindOf = origin.kind;
  const originDetail = describeOrigin(origin);
  if (isUnknownValue(v))
    return {
      name,
      role,
      unknown: { expression: v.unknown, reason: v.reason },
      origin: kindOf,
      originDetail,
    };
  if (kind === 'duration' && numeric) return { name, role, ms: v, origin: kindOf, originDetail };
  if (kind === 'count' && numeric) return { name, role, count: v, origin: kindOf, originDetail };
  return { name, role, value: v, origin: kindOf, originDetail };
}

/** Adds where a value was written (line, column, and the file when it is another one). */
function addLocation(setting: ListedSetting, origin: Origin, file: string): ListedSetting {
  const at = findExplicitLocation(origin);
  if (!at) return setting;
  setting.line = at.line;
  if (at.column) setting.column = at.column;
  if (at.file !== file) setting.file = at.file;
  return setting;
}

/** A side's effective idle timeout, unless it was written (and so listed already). */
function addEffective(
  out: ListedSetting[],
  role: Role,
  side: SideIdle | undefined,
  file: string,
): void {
  const ev = side?.idle;
  if (!ev) return;
  for (const s of out) if (s.name === ev.setting) return;
  // A side that depends on an unresolved setting has no default or fallback value to show.
  const unknown = side.unknown;
  const setting = unknown
    ? listed(ev.setting, role, 'duration', unknown.value, unknown.origin)
    : listed(ev.setting, role, 'duration', ev.value, ev.origin);
  out.push(addLocation(setting, unknown?.origin ?? ev.origin, file));
}

/**
 * The settings of one extracted node: every value written in the file, then the effective idle
 * timeouts that were not written (`default`, or `fallback` from another setting). A scope other
 * scopes forward to (an nginx upstream) is a client side only; a scope that forwards to another
 * scope of the file is a server side only; other scopes list both. `resolve`: one resolver
 * (createIdleResolver) for all the nodes listed together.
 */
export function listNodeSettings(
  node: ExtractedNode,
  file: string,
  sides: { server: boolean; client: boolean },
  resolve: (node: ChainNode) => NodeIdles | undefined = createIdleResolver(),
): ListedSetting[] {
  const chainNode: ChainNode = { id: node.scope, tech: node.tech, settings: node.settings };
  if (node.version) chainNode.version = node.version;
  const resolved = resolve(chainNode);
  const out: ListedSetting[] = [];
  for (const name in node.settings) {
    const input = node.settings[name];
    if (!input) continue;
    const def = resolved ? findSettingDef(resolved.tech, name) : undefined;
    const setting = listed(name, def?.role ?? null, def?.kind, input.value, input.origin);
    out.push(addLocation(setting, input.origin, file));
  }
  // Not a tuple list: a loop over literals is slow while the code is still cold.
  if (sides.server) addEffective(out, 'server-idle', resolved?.server, file);
  if (sides.client) addEffective(out, 'client-idle', resolved?.client, file);
  addEffective(out, 'l4-idle', resolved?.l4, file);
  return out;
}
