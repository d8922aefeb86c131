import type { ChainNode } from '../model/chain';
import { ROLES, isRole } from '../model/roles';
import { findTech, parseTechRef, TECHS } from '../catalog/registry';
import type { TechDef } from '../catalog/types';
import { readConfig, readLocked, readRole, readSettings } from './node-fields';
import { describeSuggestions } from './suggest';
import type { ConfigImport } from './types';
import {
  checkKeys,
  entriesOf,
  expectMap,
  expectText,
  report,
  type Field,
  type WalkContext,
} from './walk';

export const NODE_KEYS = [
  'tech',
  'version',
  'id',
  'label',
  ...ROLES,
  'settings',
  'locked',
  'config',
  'client',
];

/** Keys of a node's `client:` part (another technology of the same process). */
const PART_KEYS = ['tech', 'version', ...ROLES, 'settings', 'locked'];

/** A node as read, before ids are assigned. */
export interface NodeEntry {
  node: Omit<ChainNode, 'id'> & { id?: string };
  /** Where the id was written (for duplicate reports). */
  idAt?: unknown;
  configs: Omit<ConfigImport, 'nodeIndex'>[];
}

function readVersion(
  ctx: WalkContext,
  entry: NodeEntry,
  tech: TechDef | undefined,
  pair: Field | undefined,
) {
  const field = pair ? expectText(ctx, pair.value, 'version', pair.key) : undefined;
  const inline = entry.node.version;
  if (field !== undefined && inline !== undefined && field !== inline)
    report(
      ctx,
      pair?.value,
      'CHAIN_VERSION_CONFLICT',
      'error',
      `version ${field} contradicts tech: …@${inline}`,
    );
  const version = field ?? inline;
  if (version === undefined) return;
  entry.node.version = version;
  if (tech && !tech.versions.includes(version))
    report(
      ctx,
      pair?.value ?? pair?.key,
      'CHAIN_UNKNOWN_VERSION',
      'warning',
      `${tech.id} ${version} is not a listed version (${tech.versions.join(', ')}); defaults are taken by version range`,
    );
}

/** The catalog entry of `techId`, or an error naming the closest ids at `at`. */
function findTechAt(ctx: WalkContext, techId: string, at: unknown): TechDef | undefined {
  const tech = findTech(techId);
  if (!tech)
    report(
      ctx,
      at,
      'CHAIN_UNKNOWN_TECH',
      'error',
      `unknown technology "${techId}"${describeSuggestions(
        techId,
        TECHS.map((t) => t.id),
      )}`,
    );
  return tech;
}

/** Reads one entry of `nodes:`. Undefined when it has no usable `tech`. */
export function readNodeEntry(ctx: WalkContext, item: unknown): NodeEntry | undefined {
  const map = expectMap(ctx, item, 'a node', item);
  if (!map) return undefined;
  const fields = entriesOf(ctx, map);
  checkKeys(ctx, fields, NODE_KEYS, 'a node');
  const field = (k: string) => fields.find((f) => f.key === k)?.pair;
  const techPair = field('tech');
  if (!techPair) {
    report(ctx, map, 'CHAIN_MISSING_TECH', 'error', 'a node needs tech: <catalog id>');
    return undefined;
  }
  const ref = expectText(ctx, techPair.value, 'tech', techPair.key);
  if (ref === undefined) return undefined;
  const { id: techId, version } = parseTechRef(ref.trim());
  const entry: NodeEntry = {
    node: { tech: techId, settings: {}, ...(version ? { version } : {}) },
    configs: [],
  };
  const tech = findTechAt(ctx, techId, techPair.value);
  readVersion(ctx, entry, tech, field('version'));
  const idPair = field('id');
  const id = idPair ? expectText(ctx, idPair.value, 'id', idPair.key) : undefined;
  if (id !== undefined) [entry.node.id, entry.idAt] = [id, idPair?.value];
  const labelPair = field('label');
  const label = labelPair ? expectText(ctx, labelPair.value, 'label', labelPair.key) : undefined;
  if (label !== undefined) entry.node.label = label;
  for (const { key, pair } of fields) {
    if (!tech) continue;
    if (isRole(key)) readRole(ctx, entry, tech, key, pair);
    else if (key === 'settings') readSettings(ctx, entry, tech, pair);
    else if (key === 'locked') readLocked(ctx, entry, tech, pair);
  }
  const configPair = field('config');
  if (configPair) readConfig(ctx, entry, configPair);
  const clientPair = field('client');
  if (clientPair) readClientPart(ctx, entry, clientPair);
  return entry;
}

/** `client: { tech: go-transport, client-idle: 55s }`: the process's client component. */
function readClientPart(ctx: WalkContext, entry: NodeEntry, pair: Field): void {
  const map = expectMap(ctx, pair.value, 'client', pair.key);
  if (!map) return;
  const fields = entriesOf(ctx, map);
  checkKeys(ctx, fields, PART_KEYS, 'a client part');
  const techPair = fields.find((f) => f.key === 'tech')?.pair;
  if (!techPair) {
    report(ctx, map, 'CHAIN_MISSING_TECH', 'error', 'a client part needs tech: <catalog id>');
    return;
  }
  const ref = expectText(ctx, techPair.value, 'tech', techPair.key);
  if (ref === undefined) return;
  const { id: techId, version } = parseTechRef(ref.trim());
  const tech = findTechAt(ctx, techId, techPair.value);
  if (!tech) return;
  const part: NodeEntry = {
    node: { tech: techId, settings: {}, ...(version ? { version } : {}) },
    configs: [],
  };
  readVersion(ctx, part, tech, fields.find((f) => f.key === 'version')?.pair);
  for (const { key, pair: p } of fields) {
    if (isRole(key)) readRole(ctx, part, tech, key, p);
    else if (key === 'settings') readSettings(ctx, part, tech, p);
    else if (key === 'locked') readLocked(ctx, part, tech, p);
  }
  const { settings, locked } = part.node;
  entry.node.client = {
    tech: techId,
    ...(part.node.version !== undefined ? { version: part.node.version } : {}),
    settings,
    ...(locked ? { locked } : {}),
  };
}
