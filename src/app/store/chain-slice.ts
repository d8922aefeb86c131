import type { SourceFile } from '../../core/parsers/types';
import type { StateCreator } from 'zustand';
import { findTech } from '../../core/catalog/registry';
import type { Chain } from '../../core/model/chain';
import { CHAIN_LIMITS } from '../../core/model/chain-limits';
import { fitChain } from '../../core/model/fit-chain';
import { ms, parseDuration } from '../../core/model/duration';
import { err, ok } from '../../core/model/result';
import { ARTICLE_PRESET, DEFAULT_CHAIN, findExampleOf, PRESETS } from '../presets';
import { analyzeSafely, previewFixedChain } from './analysis';
import * as edits from '../../core/model/chain-edits';
import { partAsNode } from '../../core/model/node-parts';
import { emptyHistory, pushHistory, redoHistory, undoHistory } from './history';
import { parseSettingValue } from '../../core/catalog/setting-value';
import type { AppState, ChainSlice } from './types';

/**
 * Everything that follows from a chain: its report, and the chain after the fix plan with its
 * report (what the preview toggle shows; also what an "after the fix" view needs).
 */
function derive(chain: Chain) {
  const { report, error } = analyzeSafely(chain);
  return {
    chain,
    report,
    analysisError: error,
    preview: previewFixedChain(chain, report),
  };
}

/** An RTT above a minute is certainly a typo. */
const MAX_RTT_MS = 60_000;

export const createChainSlice =
  (
    initial: Chain,
    initialSources?: readonly SourceFile[],
  ): StateCreator<AppState, [], [], ChainSlice> =>
  (set, get) => {
    /** Drops a selection the new chain no longer has. */
    const fixSelection = () => {
      const s = get();
      if (s.selectedNode !== null && s.selectedNode >= s.chain.nodes.length)
        set({ selectedNode: null });
      if (s.selectedHop !== null && s.selectedHop >= (s.report?.hops.length ?? 0))
        set({ selectedHop: null });
    };
    /** Every chain the store takes is brought within CHAIN_LIMITS first, saying what changed. */
    const commit = (proposed: Chain, record = true) => {
      const s = get();
      if (proposed === s.chain) return;
      const { chain: next, notes } = fitChain(proposed);
      if (notes.length > 0) get().notify('info', notes.join(' '));
      set({
        ...derive(next),
        history: record ? pushHistory(s.history, s.chain) : s.history,
      });
      fixSelection();
    };
    const edit = (fn: (c: Chain) => Chain) => commit(fn(get().chain));
    return {
      ...derive(initial),
      history: emptyHistory<Chain>(),
      sources: initialSources ?? (initial === DEFAULT_CHAIN ? ARTICLE_PRESET.sources : []),
      previewFix: false,
      setSources: (sources) => set({ sources }),
      replaceChain: (next, options) => commit(next, options?.record ?? true),
      undo() {
        const s = get();
        const step = undoHistory(s.history, s.chain);
        if (step) set({ ...derive(step.value), history: step.history });
        fixSelection();
      },
      redo() {
        const s = get();
        const step = redoHistory(s.history, s.chain);
        if (step) set({ ...derive(step.value), history: step.history });
        fixSelection();
      },
      loadPreset(id) {
        const preset = PRESETS.find((p) => p.id === id);
        if (!preset) return;
        const current = get().chain;
        // The user's own work (not empty, not an example as loaded) is replaced: say so.
        const ownWork = current.nodes.length > 0 && !findExampleOf(current);
        commit(preset.chain);
        set({ sources: preset.sources });
        // Otherwise the start panel names the example and its summary: no notice to repeat it.
        if (ownWork)
          get().notify(
            'info',
            `The example “${preset.title}” replaced your chain — Undo restores it. ${preset.summary}`,
          );
      },
      addNode(tech, at) {
        const chain = get().chain;
        if (chain.nodes.length >= CHAIN_LIMITS.nodes) {
          get().notify(
            'error',
            `A chain holds at most ${CHAIN_LIMITS.nodes} nodes: remove one first.`,
          );
          return;
        }
        const def = findTech(tech);
        const node = {
          id: edits.pickNodeId(chain, tech),
          tech,
          ...(def ? { label: def.name } : {}),
          settings: {},
        };
        const position = Math.max(0, Math.min(at ?? chain.nodes.length, chain.nodes.length));
        commit(edits.insertNode(chain, position, node));
        set({ selectedNode: position, selectedHop: null });
      },
      removeNode(index) {
        const selected = get().selectedNode;
        edit((c) => edits.removeNode(c, index));
        if (selected !== null && selected >= index)
          set({ selectedNode: selected === index ? null : selected - 1 });
        set({ selectedHop: null });
      },
      moveNode(from, to) {
        const selected = get().selectedNode;
        edit((c) => edits.moveNode(c, from, to));
        if (selected === from)
          set({ selectedNode: Math.max(0, Math.min(to, get().chain.nodes.length - 1)) });
      },
      setNodeTech: (index, tech) => edit((c) => edits.setNodeTech(c, index, tech)),
      setNodeVersion: (index, version) => edit((c) => edits.setNodeVersion(c, index, version)),
      setNodeLabel: (index, label) => edit((c) => edits.setNodeLabel(c, index, label)),
      setSettingText(index, key, text, part = 'main') {
        const node = get().chain.nodes[index];
        const tech = node ? partAsNode(node, part).tech : undefined;
        const def = tech ? findTech(tech)?.settings.find((s) => s.key === key) : undefined;
        if (!def) return err(`Unknown setting ${key}.`);
        const value = parseSettingValue(def, text);
        if (!value.ok) return value;
        edit((c) => edits.setNodeSetting(c, index, key, value.value, part));
        return ok(undefined);
      },
      resetSetting: (index, key, part = 'main') =>
        edit((c) => edits.clearNodeSetting(c, index, key, part)),
      toggleLock: (index, key, part = 'main') =>
        edit((c) => edits.toggleSettingLock(c, index, key, part)),
      setLinkRttText(index, text) {
        const r = parseDuration(text, 'human');
        if (!r.ok) return err(`${r.error}. Try 1ms, 0.5ms or 80ms.`);
        if (r.value === null || r.value > MAX_RTT_MS) return err('Enter an RTT below 60s.');
        const rtt = ms(r.value);
        edit((c) => edits.setLinkRtt(c, index, rtt));
        return ok(undefined);
      },
      setTraffic(traffic) {
        const current = get().chain.traffic;
        if (
          current?.rps === traffic.rps &&
          current.nonIdempotentShare === traffic.nonIdempotentShare
        )
          return;
        edit((c) => ({ ...c, traffic }));
      },
      applyFixPlan() {
        const s = get();
        if (!s.preview) return;
        set({ previewFix: false });
        commit(s.preview.chain);
      },
      setPreviewFix: (on) => set({ previewFix: on }),
    };
  };
