import { findTech } from '../../core/catalog/registry';
import { createSettingReader } from '../../core/catalog/setting-reader';
import type { RawValue, SettingDef, TechDef } from '../../core/catalog/types';
import type { ChainNode } from '../../core/model/chain';

export interface SettingRowModel {
  def: SettingDef;
  /** The value in force: the user's (file or edit) or the default for the node's version. */
  current: RawValue;
  isSet: boolean;
  locked: boolean;
}

/** Order in the editor: idle timeouts first, then the rest as the catalog lists them. */
const ROLE_ORDER: Record<string, number> = {
  'server-idle': 0,
  'client-idle': 1,
  'l4-idle': 2,
  hint: 3,
  'max-requests': 4,
  'max-age': 5,
  'request-timeout': 6,
};

/** The rows of a node's settings editor. Reads the catalog; never parses or analyses. */
export function describeNodeSettings(
  node: ChainNode,
): { tech: TechDef; version: string; rows: SettingRowModel[] } | undefined {
  const tech = findTech(node.tech);
  if (!tech) return undefined;
  const reader = createSettingReader(tech, node);
  const rows = tech.settings.map((def) => ({
    def,
    current: reader.get(def.key),
    isSet: reader.isSet(def.key),
    locked: node.locked?.includes(def.key) ?? false,
  }));
  rows.sort((a, b) => (ROLE_ORDER[a.def.role ?? ''] ?? 9) - (ROLE_ORDER[b.def.role ?? ''] ?? 9));
  return { tech, version: reader.version, rows };
}

/** A source reference that is a web address, for links; `src: …` references are shown as text. */
export const isWebLink = (source: string): boolean => /^https:\/\/[^\s]+$/.test(source);
