import { formatUnknown, isUnknownValue } from '../model/value';
import { writeYaml, type FlowRule } from '../source/yaml/write';
import type { Chain, ChainNode, NodePart, SettingScalar } from '../model/chain';
import { formatDuration, ms } from '../model/duration';
import { ROLES } from '../model/roles';
import { DEFAULT_RTT_MS } from '../analysis/options';
import { primarySettingKey } from '../catalog/primary-key';
import { findTech } from '../catalog/registry';
import type { SettingDef } from '../catalog/types';
import { defaultNodeIds } from './node-ids';
import { CHAIN_FILE_VERSION } from './types';

export interface SerializeOptions {
  /** Adds `# yaml-language-server: $schema=<url>` so editors validate and complete the file. */
  schemaUrl?: string;
}

/** `65s`, `2m`, `1h`, `1500ms`: one unit, the largest that divides the value; `none` for no limit. */
function durationText(v: number | null): string {
  if (v === null) return 'none';
  const n = Math.round(v);
  for (const [unit, f] of [
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ] as const)
    if (n > 0 && n % f === 0 && (unit === 's' || n / f < 1000)) return `${n / f}${unit}`;
  return formatDuration(ms(n), 'ms') + 'ms';
}

/** A setting value in chain-file syntax: durations with units, `none` for no limit. */
function valueOut(def: SettingDef | undefined, v: SettingScalar): string | number | boolean {
  if (isUnknownValue(v)) return formatUnknown(v);
  if (def?.kind === 'duration' && (v === null || typeof v === 'number')) return durationText(v);
  if (v === null) return 'none';
  return v;
}

function nodeOut(node: ChainNode, defaultId: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { tech: node.tech };
  if (node.version !== undefined) out['version'] = node.version;
  if (node.id !== defaultId) out['id'] = node.id;
  if (node.label !== undefined) out['label'] = node.label;
  Object.assign(out, valuesOut(node));
  if (node.client) {
    const part: Record<string, unknown> = { tech: node.client.tech };
    if (node.client.version !== undefined) part['version'] = node.client.version;
    out['client'] = Object.assign(part, valuesOut(node.client));
  }
  return out;
}

/** A technology's values: role shorthands for primary settings, the rest under `settings`. */
function valuesOut(part: NodePart): Record<string, unknown> {
  const tech = findTech(part.tech);
  const out: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  const byRole = new Map<string, string>();
  for (const role of ROLES) {
    const key = tech && primarySettingKey(tech, role);
    if (key !== undefined && !byRole.has(key)) byRole.set(key, role);
  }
  const roleValues: Record<string, unknown> = {};
  for (const [key, input] of Object.entries(part.settings)) {
    const def = tech?.settings.find((s) => s.key === key);
    const role = byRole.get(key);
    if (role !== undefined) roleValues[role] = valueOut(def, input.value);
    else rest[key] = valueOut(def, input.value);
  }
  for (const role of ROLES) if (role in roleValues) out[role] = roleValues[role];
  if (Object.keys(rest).length > 0) out['settings'] = rest;
  if (part.locked && part.locked.length > 0) out['locked'] = [...part.locked];
  return out;
}

/** Compact `{ … }` for links, traffic and options entries, `[ … ]` for a node's locked list. */
const FLOW: FlowRule = (path, kind) =>
  (kind === 'map' &&
    path.length <= 2 &&
    ['links', 'traffic', 'options'].includes(String(path[0]))) ||
  (kind === 'seq' && path.length === 3 && path[0] === 'nodes' && path[2] === 'locked');

/**
 * Writes a chain as a chain file (docs/chain-file.md): only what differs from defaults —
 * settings the chain sets (role shorthands for primary settings), node ids that differ from the
 * default ones, links when any RTT differs from 1 ms, traffic and options when present.
 * `parseChainFile(serializeChainFile(c))` gives back `c`'s values.
 */
export function serializeChainFile(chain: Chain, options: SerializeOptions = {}): string {
  const ids = defaultNodeIds(chain.nodes.map((n) => n.tech));
  const out: Record<string, unknown> = {
    version: CHAIN_FILE_VERSION,
    nodes: chain.nodes.map((n, i) => nodeOut(n, ids[i])),
  };
  if (chain.links.some((l) => l.rttMs !== DEFAULT_RTT_MS))
    out['links'] = chain.links.map((l) => ({ rtt: durationText(l.rttMs) }));
  if (chain.traffic) {
    const t = chain.traffic;
    out['traffic'] = {
      rps: t.rps,
      ...(t.nonIdempotentShare !== 0 ? { 'non-idempotent': t.nonIdempotentShare } : {}),
    };
  }
  const opts: Record<string, string> = {};
  const o = chain.options ?? {};
  if (o.safetyMarginMs !== undefined) opts['safety-margin'] = durationText(o.safetyMarginMs);
  if (o.reactionDelayMs !== undefined) opts['reaction-delay'] = durationText(o.reactionDelayMs);
  if (Object.keys(opts).length > 0) out['options'] = opts;
  const header = options.schemaUrl ? `# yaml-language-server: $schema=${options.schemaUrl}\n` : '';
  return header + writeYaml(out, FLOW);
}
