import type { ChainReport } from '../analysis/types';
import { LIVE_VALUES } from '../catalog/ops/live-values';
import type { LiveValueHow } from '../catalog/ops/types';
import type { LiveValueEntry } from './types';

/** For a technology without its own command: search the config or code for the setting. */
const searchFor = (settings: string[]): LiveValueHow[] =>
  settings.length === 0
    ? []
    : [
        {
          command: `grep -rnE '${settings.map((s) => s.replace(/[^\w.-]/g, '.')).join('|')}' <config or source folder>`,
          note: 'where the value is written; without a match the technology default applies',
        },
      ];

/** Per node, in chain order: the settings that hold its idle timeouts and how to read them live. */
export function buildLiveValues(report: ChainReport): LiveValueEntry[] {
  const entries = new Map<number, LiveValueEntry>();
  const add = (nodeIndex: number, node: string, tech: string, label: string, setting: string) => {
    const e = entries.get(nodeIndex) ?? { nodeIndex, node, tech, label, settings: [], how: [] };
    if (setting && !e.settings.includes(setting)) e.settings.push(setting);
    entries.set(nodeIndex, e);
  };
  for (const h of report.hops)
    for (const s of [h.client, h.server]) add(s.nodeIndex, s.node, s.tech, s.label, s.setting);
  return [...entries.values()]
    .sort((a, b) => a.nodeIndex - b.nodeIndex)
    .map((e) => ({ ...e, how: LIVE_VALUES[e.tech] ?? searchFor(e.settings) }));
}
