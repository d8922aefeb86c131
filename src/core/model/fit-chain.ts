import type { Chain, ChainNode, SettingInput } from './chain';
import { CHAIN_LIMITS, clampFileName, clampText } from './chain-limits';
import { ms } from './duration';

/** A chain brought within CHAIN_LIMITS, and what had to change (for people; empty: nothing). */
export interface FittedChain {
  chain: Chain;
  notes: string[];
}

const L = CHAIN_LIMITS;
const within = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
/** "node 3" / "nodes 3, 5 and 7" (counting from 1 at the client end, as the app shows them). */
const nodeList = (indexes: readonly number[]): string => {
  const names = indexes.map((i) => String(i + 1));
  if (names.length === 1) return `node ${names[0]}'s`;
  return `nodes ${names.slice(0, -1).join(', ')} and ${names.at(-1)}'s`;
};

function fitSetting(input: SettingInput): SettingInput {
  const value =
    typeof input.value === 'string' ? clampText(input.value, L.textValueChars) : input.value;
  const o = input.origin;
  if (o.kind === 'explicit') {
    const file = clampFileName(o.file, L.originNameChars);
    const setting = clampText(o.setting, L.originNameChars);
    if (value === input.value && file === o.file && setting === o.setting) return input;
    return { value, origin: { ...o, file, setting } };
  }
  if (o.kind === 'fix') {
    const note = clampText(o.note, L.fixNoteChars);
    return value === input.value && note === o.note ? input : { value, origin: { ...o, note } };
  }
  return value === input.value ? input : { ...input, value };
}

/** The node within the limits; `changed` lists what was cut ('label', 'version', 'values'). */
function fitNode(node: ChainNode, changed: Set<string>): ChainNode {
  let out = node;
  if (node.label !== undefined && node.label.length > L.labelChars) {
    out = { ...out, label: clampText(node.label, L.labelChars) };
    changed.add('label');
  }
  if (node.version !== undefined && node.version.length > L.versionChars) {
    out = { ...out, version: clampText(node.version, L.versionChars) };
    changed.add('version');
  }
  const entries = Object.entries(node.settings);
  const fitted = entries.slice(0, L.settingsPerNode).map(([k, s]) => [k, fitSetting(s)] as const);
  if (entries.length > fitted.length || fitted.some(([k, s]) => s !== node.settings[k])) {
    out = { ...out, settings: Object.fromEntries(fitted) };
    changed.add('values');
  }
  if (node.locked && node.locked.length > L.settingsPerNode) {
    out = { ...out, locked: node.locked.slice(0, L.settingsPerNode) };
    changed.add('values');
  }
  if (node.client) {
    const { tech, version, settings, locked } = node.client;
    const part = fitNode(
      {
        id: node.id,
        tech,
        settings,
        ...(version !== undefined ? { version } : {}),
        ...(locked ? { locked } : {}),
      },
      changed,
    );
    if (part.settings !== settings || part.version !== version || part.locked !== locked)
      out = {
        ...out,
        client: {
          tech,
          settings: part.settings,
          ...(part.version !== undefined ? { version: part.version } : {}),
          ...(part.locked ? { locked: part.locked } : {}),
        },
      };
  }
  return out;
}

/**
 * Brings a chain within CHAIN_LIMITS: nodes past the last allowed one are left out (with their
 * links), long labels, versions, origin names and text values are shortened with an ellipsis,
 * RTTs, traffic and options are clamped to their ranges. A chain already within the limits is
 * returned as the same object with no notes, so callers can tell nothing changed.
 */
export function fitChain(chain: Chain): FittedChain {
  const notes: string[] = [];
  let nodes = chain.nodes;
  let links = chain.links;
  if (nodes.length > L.nodes) {
    const extra = nodes.length - L.nodes;
    nodes = nodes.slice(0, L.nodes);
    links = links.slice(0, L.nodes - 1);
    notes.push(
      `A chain holds at most ${L.nodes} nodes: ${extra === 1 ? 'one node' : `${extra} nodes`} past the ${L.nodes}th ${extra === 1 ? 'was' : 'were'} left out.`,
    );
  }
  const cut = { label: [] as number[], version: [] as number[], values: [] as number[] };
  const fittedNodes = nodes.map((n, i) => {
    const changed = new Set<string>();
    const out = fitNode(n, changed);
    for (const what of changed) cut[what as keyof typeof cut].push(i);
    return out;
  });
  if (cut.label.length > 0)
    notes.push(
      `Labels hold at most ${L.labelChars} characters: shortened ${nodeList(cut.label)} label.`,
    );
  if (cut.version.length > 0)
    notes.push(
      `Versions hold at most ${L.versionChars} characters: shortened ${nodeList(cut.version)} version.`,
    );
  if (cut.values.length > 0)
    notes.push(
      `File and setting names hold at most ${L.originNameChars} characters and text values ${L.textValueChars}: shortened ${nodeList(cut.values)} long names or values.`,
    );
  const fittedLinks = links.map((l) =>
    l.rttMs > L.rttMs || l.rttMs < 0 ? { rttMs: ms(within(l.rttMs, 0, L.rttMs)) } : l,
  );
  if (fittedLinks.some((l, i) => l !== links[i]))
    notes.push(`Round-trip times above ${L.rttMs / 1000} s were set to ${L.rttMs / 1000} s.`);
  const out: Chain = { ...chain, nodes: fittedNodes, links: fittedLinks };
  const t = chain.traffic;
  if (
    t &&
    (t.rps !== within(t.rps, 0, L.rps) ||
      t.nonIdempotentShare !== within(t.nonIdempotentShare, 0, 1))
  )
    out.traffic = {
      rps: within(t.rps, 0, L.rps),
      nonIdempotentShare: within(t.nonIdempotentShare, 0, 1),
    };
  const o = chain.options;
  if (o && Object.values(o).some((x) => x !== undefined && (x < 0 || x > L.optionMs)))
    out.options = Object.fromEntries(
      Object.entries(o).map(([k, x]) => [k, ms(within(x, 0, L.optionMs))]),
    );
  if (out.traffic !== chain.traffic || out.options !== chain.options)
    notes.push('Traffic and analysis options were brought within their ranges.');
  const same =
    nodes === chain.nodes &&
    fittedNodes.every((n, i) => n === nodes[i]) &&
    fittedLinks.every((l, i) => l === chain.links[i]) &&
    out.traffic === chain.traffic &&
    out.options === chain.options;
  return same ? { chain, notes } : { chain: out, notes };
}
