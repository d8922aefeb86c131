import type { ChainNode, SettingInput } from '../model/chain';
import type { Origin } from '../model/origin';
import { isUnknownValue, type UnknownValue } from '../model/value';
import type { ResolvedNode, SettingDef, TechDef } from './types';

/** A written setting whose value could not be resolved, that a side's idle time depends on. */
export interface UnknownInput {
  /** Catalog setting key. */
  key: string;
  value: UnknownValue;
  origin: Origin;
}

/**
 * Values tried in place of an unknown setting. A side depends on the setting when its result
 * differs between them; several magnitudes, so a cap or a min() cannot hide the dependency.
 */
const NUMERIC_PROBES = [1, 777, 25_200_000, 10_000_000_000] as const;

const TEXT_PROBES = ['', 'close', 'keep-alive', 'upgrade'] as const;

function probesFor(def: SettingDef | undefined): readonly (number | string | boolean)[] {
  if (!def) return [];
  if (def.kind === 'duration' || def.kind === 'count') return NUMERIC_PROBES;
  if (def.kind === 'bool') return [true, false];
  if (def.kind === 'enum') return def.enumValues ?? [];
  // Text settings that steer reuse are header values (nginx's Connection header).
  return TEXT_PROBES;
}

/** The node's unknown settings. */
export function listUnknownInputs(node: ChainNode): UnknownInput[] {
  const out: UnknownInput[] = [];
  // Runs for every node an import lists: no entry pairs built.
  for (const key in node.settings) {
    const input = node.settings[key];
    if (input && isUnknownValue(input.value))
      out.push({ key, value: input.value, origin: input.origin });
  }
  return out;
}

/** What a resolution says about each side, to compare probes. */
function fingerprint(r: Omit<ResolvedNode, 'node' | 'tech' | 'version'>) {
  return {
    server: r.server
      ? `${r.server.idle.value}|${r.server.keepAlive}|${r.server.hint?.value ?? '-'}`
      : '',
    client: r.client ? `${r.client.idle.value}|${r.client.reuse}` : '',
    l4: r.l4 ? `${r.l4.idle.value}` : '',
  };
}

type Resolution = Omit<ResolvedNode, 'node' | 'tech' | 'version'>;

/** The setting that holds a side's idle time (`IdleTimeout`), as the resolution reports it. */
const ownKey = (r: Resolution, side: 'server' | 'client' | 'l4'): string | undefined =>
  side === 'server'
    ? r.server?.idle.setting
    : side === 'client'
      ? r.client?.idle.setting
      : r.l4?.idle.setting;

/**
 * Resolves a node some of whose settings are unknown: each unknown setting is replaced in turn by
 * probe values; a side whose result changes with it depends on it and is marked unknown (with the
 * first such setting). `resolveWith` resolves a node with concrete settings.
 */
export function resolveWithUnknowns(
  tech: TechDef,
  node: ChainNode,
  unknowns: readonly UnknownInput[],
  resolveWith: (settings: Record<string, SettingInput>) => Resolution,
): Resolution {
  const known: Record<string, SettingInput> = {};
  for (const [key, input] of Object.entries(node.settings))
    if (!isUnknownValue(input.value)) known[key] = input;
  const base = resolveWith(known);
  const marks: { server?: UnknownInput; client?: UnknownInput; l4?: UnknownInput } = {};
  for (const u of unknowns) {
    const def = tech.settings.find((s) => s.key === u.key);
    const seen = { server: new Set<string>(), client: new Set<string>(), l4: new Set<string>() };
    const record = (r: Resolution) => {
      const f = fingerprint(r);
      seen.server.add(f.server);
      seen.client.add(f.client);
      seen.l4.add(f.l4);
    };
    record(base);
    for (const probe of probesFor(def))
      record(resolveWith({ ...known, [u.key]: { value: probe, origin: u.origin } }));
    for (const side of ['server', 'client', 'l4'] as const)
      if (seen[side].size > 1) {
        // Name the side's own idle setting when it is among the unknowns (the value to supply),
        // else the first unknown it depends on.
        const current = marks[side];
        if (!current || (current.key !== ownKey(base, side) && u.key === ownKey(base, side)))
          marks[side] = u;
      }
  }
  return {
    ...base,
    ...(base.server && marks.server ? { server: { ...base.server, unknown: marks.server } } : {}),
    ...(base.client && marks.client ? { client: { ...base.client, unknown: marks.client } } : {}),
    ...(base.l4 && marks.l4 ? { l4: { ...base.l4, unknown: marks.l4 } } : {}),
  };
}
