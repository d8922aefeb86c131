import type { StateCreator } from 'zustand';
import { CHAIN_LIMITS, clampFileName } from '../../core/model/chain-limits';
import { PASTED_NAME } from '../../core/model/origin';
import { err, ok } from '../../core/model/result';
import type { SourceFile } from '../../core/parsers/types';
import { applyImportTarget } from '../import/apply-import';
import { chooseImportTarget } from '../import/import-target';
import { findExampleOf } from '../presets';
import type { ParseSources } from '../import/parse-client';
import type { Chain } from '../../core/model/chain';
import type { AppState, ImportSlice, ImportTarget } from './types';

/** Wait after the last keystroke before parsing the pasted text. */
export const PARSE_DEBOUNCE_MS = 300;

/** Everything given to the import so far: the pasted text (as a file) and the picked files. */
const sourcesOf = (s: AppState): SourceFile[] => [
  ...(s.importText.trim() ? [{ name: PASTED_NAME, text: s.importText }] : []),
  ...s.importFiles,
];

const count = (n: number) => (n === 1 ? 'one node' : `${n} nodes`);

/** `Imported 3 nodes`, `Filled nginx`, `Replaced the chain with 3 nodes` — what Apply did. */
function describeImported(target: ImportTarget, before: Chain, after: Chain): string {
  if (target.mode === 'fill') {
    const node = after.nodes[target.nodeIndex];
    return `Filled ${node?.label ?? node?.tech ?? 'the node'}`;
  }
  if (target.mode === 'replace') return `Replaced the chain with ${count(after.nodes.length)}`;
  // Nodes past the chain's cap were left out (fitChain said so): count what arrived.
  return `Imported ${count(after.nodes.length - before.nodes.length)}`;
}

export const createImportSlice =
  (
    parseSources: ParseSources,
    debounceMs = PARSE_DEBOUNCE_MS,
  ): StateCreator<AppState, [], [], ImportSlice> =>
  (set, get) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let run = 0;
    /** Parses everything given so far; a newer run makes older results stale. */
    const parse = async () => {
      const files = sourcesOf(get());
      const mine = ++run;
      if (files.length === 0) return set({ importStatus: { status: 'idle' } });
      set({ importStatus: { status: 'parsing' } });
      try {
        const preview = await parseSources(files);
        // What the user chose for an earlier preview names nodes of that one: choose again.
        if (mine === run)
          set({ importStatus: { status: 'ready', preview }, importTarget: null, importPick: null });
      } catch (e) {
        if (mine === run)
          set({
            importStatus: {
              status: 'failed',
              message: `The configs could not be read: ${e instanceof Error ? e.message : String(e)}`,
            },
          });
      }
    };
    const schedule = (delay: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => void parse(), delay);
    };
    return {
      importText: '',
      importFiles: [],
      importStatus: { status: 'idle' },
      importTarget: null,
      importPick: null,
      setImportText(text) {
        set({ importText: text });
        schedule(debounceMs);
      },
      addImportFiles(picked) {
        // A file's name becomes the origin of every value read from it: within the limit.
        const files = picked.map((f) => ({
          name: clampFileName(f.name, CHAIN_LIMITS.originNameChars),
          text: f.text,
        }));
        const names = new Set(files.map((f) => f.name));
        set({ importFiles: [...get().importFiles.filter((f) => !names.has(f.name)), ...files] });
        schedule(0);
      },
      removeImportFile(name) {
        set({ importFiles: get().importFiles.filter((f) => f.name !== name) });
        schedule(0);
      },
      setImportTarget: (target) => set({ importTarget: target }),
      setImportPick: (pick) => set({ importPick: pick }),
      applyImport() {
        const s = get();
        if (s.importStatus.status !== 'ready') return err('Nothing has been read yet.');
        const preview = s.importStatus.preview;
        if (preview.nodeCount === 0)
          return err('No node was found in these configs: nothing changed.');
        const target =
          s.importTarget ?? chooseImportTarget(s.chain, preview, !!findExampleOf(s.chain));
        const next = applyImportTarget(s.chain, preview, target, s.importPick);
        if (!next.ok) return next;
        const files = sourcesOf(s);
        const noticeBefore = get().notices.at(-1)?.id;
        s.replaceChain(next.value);
        // What fitting the chain within its limits said goes into the one import notice.
        const fitted = get().notices.at(-1);
        const fitNote = fitted && fitted.id !== noticeBefore ? ` ${fitted.text}` : '';
        // The chain's config text: a replaced chain's text goes with it.
        const kept = target.mode === 'replace' ? [] : s.sources;
        set({ sources: [...kept.filter((x) => !files.some((f) => f.name === x.name)), ...files] });
        get().resetImport();
        const n = describeImported(target, s.chain, get().chain);
        get().notify(
          'success',
          `${n} from ${files.map((f) => f.name).join(', ')}. Undo takes it back.${fitNote}`,
        );
        return ok(undefined);
      },
      resetImport() {
        clearTimeout(timer);
        run++;
        set({
          importText: '',
          importFiles: [],
          importStatus: { status: 'idle' },
          importTarget: null,
          importPick: null,
        });
      },
    };
  };
