import { findTech, resolveNode } from '../../core/catalog/registry';
import type { EffectiveValue, TechDef } from '../../core/catalog/types';
import { listUnknownInputs, type UnknownInput } from '../../core/catalog/unknown-inputs';
import type { ChainNode } from '../../core/model/chain';

/** A side's effective idle timeout, as `extract` lists it. */
export interface SideIdle {
  idle: EffectiveValue;
  unknown?: UnknownInput | undefined;
}

/** What `extract` lists of a resolved node: its technology and each side's idle timeout. */
export interface NodeIdles {
  tech: TechDef;
  server?: SideIdle | undefined;
  client?: SideIdle | undefined;
  l4?: SideIdle | undefined;
}

/**
 * One step of the memo per key read: by the origin's kind of the node's value (ABSENT when it has
 * none), then by the value; `result` once every key is matched.
 */
interface Trie {
  next: Map<unknown, Map<unknown, Trie>>;
  result?: NodeIdles;
}

/** The resolutions of one technology at one version, by the values they read. */
interface TechMemo {
  /** Every setting key a resolution of this technology has read so far. */
  keys: string[];
  root: Trie;
  entries: number;
}

/** Entries per technology and version: a bound on memory, not on the file (it is then reset). */
const MAX_ENTRIES = 4096;
const ABSENT = Symbol('absent');

/**
 * The memo's place for a node's values of the keys (`create`: made on the way when missing).
 * Maps, not a joined string: no text is built per node.
 */
function find(memo: TechMemo, node: ChainNode, create: boolean): Trie | undefined {
  let at = memo.root;
  for (let i = 0; i < memo.keys.length; i++) {
    const input = node.settings[memo.keys[i] ?? ''];
    const kind = input === undefined ? ABSENT : input.origin.kind;
    const value = input === undefined ? ABSENT : input.value;
    let byValue = at.next.get(kind);
    if (byValue === undefined) {
      if (!create) return undefined;
      at.next.set(kind, (byValue = new Map()));
    }
    let next = byValue.get(value);
    if (next === undefined) {
      if (!create) return undefined;
      byValue.set(value, (next = { next: new Map() }));
    }
    at = next;
  }
  return at;
}

/**
 * True when a side's listed value is the same for every node that agrees on the keys read: its
 * idle time is a default (catalog data), or a setting the node writes (then listed as written and
 * not again). A fallback or an unknown value carries this node's own origin.
 */
function isShared(side: SideIdle | undefined, node: ChainNode, reads: Set<string>): boolean {
  if (side === undefined) return true;
  if (side.unknown !== undefined) return false;
  const origin = side.idle.origin;
  if (origin.kind === 'default') return true;
  const setting = side.idle.setting;
  return (
    origin.kind === 'explicit' && reads.has(setting) && node.settings[setting]?.origin === origin
  );
}

/**
 * Resolves nodes for `extract`'s listing, each combination of the values a technology's
 * resolution reads once: a large nginx.conf has thousands of servers and a few dozen
 * combinations. A technology's `resolve` depends only on the values it reads (SettingReader), so
 * two nodes that agree on every key read so far resolve alike; when a resolution reads a key not
 * seen before, the memo of that technology starts over with the wider key set. Nodes with unknown
 * values or a client part are resolved on their own.
 */
export function createIdleResolver(): (node: ChainNode) => NodeIdles | undefined {
  const memos = new Map<string, TechMemo>();
  return (node) => {
    const tech = findTech(node.tech);
    if (!tech) return undefined;
    if (node.client || listUnknownInputs(node).length > 0) return idlesOf(tech, node);
    const id = `${tech.id}@${node.version ?? tech.defaultVersion}`;
    let memo = memos.get(id);
    if (!memo) memos.set(id, (memo = { keys: [], root: { next: new Map() }, entries: 0 }));
    const known = find(memo, node, false)?.result;
    if (known) return known;
    const reads = new Set<string>();
    const idles = idlesOf(tech, node, reads);
    if (!idles || !isShared(idles.server, node, reads)) return idles;
    if (!isShared(idles.client, node, reads) || !isShared(idles.l4, node, reads)) return idles;
    let wider = false;
    for (const key of reads) if (!memo.keys.includes(key)) wider = true;
    if (wider || memo.entries >= MAX_ENTRIES) {
      memo.keys = [...new Set([...memo.keys, ...reads])];
      memo.root = { next: new Map() };
      memo.entries = 0;
    }
    const place = find(memo, node, true);
    if (place) place.result = idles;
    memo.entries++;
    return idles;
  };
}

function idlesOf(tech: TechDef, node: ChainNode, reads?: Set<string>): NodeIdles | undefined {
  const r = resolveNode(node, reads);
  if (!r) return undefined;
  return { tech, server: r.server, client: r.client, l4: r.l4 };
}
