import type { StateCreator } from 'zustand';
import { CHAIN_LIMITS, clampFileName } from '../../core/model/chain-limits';
import { PASTED_NAME } from '../../core/model/origin';
import { err, ok } from '../../core/model/result';
import type { SourceFile } from '../../core/parsers/types';
import { appendImported, fillNode } from '../import/apply-import';
import type { ParseSources } from '../import/parse-client';
import type { AppState, ImportSlice } from './types';

/** Wait after the last keystroke before parsing the pasted text. */
export const PARSE_DEBOUNCE_MS = 300;

/** Everything given to the import so far: the pasted text (as a file) and the picked files. */
const sourcesOf = (s: AppState): SourceFile[] => [
  ...(s.importText.trim() ? [{ name: PASTED_NAME, text: s.importText }] : []),
  ...s.importFiles,
];

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
        if (mine === run) set({ importStatus: { status: 'ready', preview } });
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
      importTarget: { mode: 'append' },
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
      applyImport() {
        const s = get();
        if (s.importStatus.status !== 'ready') return err('Nothing has been read yet.');
        const preview = s.importStatus.preview;
        if (preview.nodeCount === 0)
          return err('No node was found in these configs: nothing changed.');
        const target = s.importTarget;
        const next =
          target.mode === 'append'
            ? ok(appendImported(s.chain, preview, target.reversed === true))
            : fillNode(s.chain, target.nodeIndex, preview);
        if (!next.ok) return next;
        const files = sourcesOf(s);
        const noticeBefore = get().notices.at(-1)?.id;
        s.replaceChain(next.value);
        // What fitting the chain within its limits said goes into the one import notice.
        const fitted = get().notices.at(-1);
        const fitNote = fitted && fitted.id !== noticeBefore ? ` ${fitted.text}` : '';
        set({
          sources: [...s.sources.filter((x) => !files.some((f) => f.name === x.name)), ...files],
        });
        get().resetImport();
        // Nodes past the chain's cap were left out (fitChain said so): count what arrived.
        const n = target.mode === 'append' ? get().chain.nodes.length - s.chain.nodes.length : 1;
        get().notify(
          'success',
          `Imported ${n === 1 ? 'one node' : `${n} nodes`} from ${files.map((f) => f.name).join(', ')}. Undo takes it back.${fitNote}`,
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
          importTarget: { mode: 'append' },
        });
      },
    };
  };
