import type { ChainReport } from '../../core/analysis/types';
import type { Chain, PartName, Traffic } from '../../core/model/chain';
import type { Result } from '../../core/model/result';
import type { ShareDocument } from '../../core/share';
import type { SourceFile } from '../../core/parsers/types';
import type { ImportPreview } from '../import/types';
import type { FixedPreview } from './analysis';
import type { History } from './history';
import type { RescuedSave } from './rescued-saves';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Notice {
  id: number;
  tone: 'info' | 'success' | 'error';
  text: string;
}

export interface ChainSlice {
  chain: Chain;
  /** Config text behind the chain's file:line origins (a preset's files, imported files). */
  sources: readonly SourceFile[];
  setSources: (sources: readonly SourceFile[]) => void;
  report: ChainReport | null;
  analysisError: string | null;
  history: History<Chain>;
  /** Show the chain as it would be after the fix plan. */
  previewFix: boolean;
  /** The chain after the fix plan, and its report (null when the analysis failed). */
  preview: FixedPreview | null;
  /** Replaces the chain as one undoable step (`record: false` for loads that are not edits). */
  replaceChain: (next: Chain, options?: { record?: boolean }) => void;
  undo: () => void;
  redo: () => void;
  loadPreset: (id: string) => void;
  /** Adds a node of `tech` at position `at` (default: the server end). */
  addNode: (tech: string, at?: number) => void;
  removeNode: (index: number) => void;
  moveNode: (from: number, to: number) => void;
  setNodeTech: (index: number, tech: string) => void;
  setNodeVersion: (index: number, version: string | undefined) => void;
  setNodeLabel: (index: number, label: string) => void;
  /** Parses and sets a typed value; returns the message to show when the text is not valid. */
  /** `part`: the node's own settings, or its client part's (a process's other component). */
  setSettingText: (index: number, key: string, text: string, part?: PartName) => Result<void>;
  resetSetting: (index: number, key: string, part?: PartName) => void;
  toggleLock: (index: number, key: string, part?: PartName) => void;
  setLinkRttText: (index: number, text: string) => Result<void>;
  /** Sets the traffic entering the chain (one undoable edit; shared with the chain). */
  setTraffic: (traffic: Traffic) => void;
  applyFixPlan: () => void;
  setPreviewFix: (on: boolean) => void;
}

/** The catalog picker: adding a node at a position, or changing a node's technology. */
export type PickerTarget = { mode: 'insert'; at: number } | { mode: 'replace'; index: number };

/** A pasted log line that points to a hop (the "Paste error messages" panel). */
export interface DecodeMark {
  hop: number;
  line: string;
  /** What happened and whether it is the race, in words. */
  summary: string;
}

export interface UiSlice {
  picker: PickerTarget | null;
  openPicker: (target: PickerTarget | null) => void;
  selectedNode: number | null;
  selectedHop: number | null;
  theme: ThemeChoice;
  notices: Notice[];
  selectNode: (index: number | null) => void;
  selectHop: (index: number | null) => void;
  /** Pasted log lines that point to hops: those hops are highlighted on the chain. */
  decodeMarks: readonly DecodeMark[];
  setDecodeMarks: (marks: readonly DecodeMark[]) => void;
  setTheme: (theme: ThemeChoice) => void;
  notify: (tone: Notice['tone'], text: string) => void;
  dismissNotice: (id: number) => void;
}

export interface ShareSlice {
  /** A chain (and any config text) from a link, waiting for the user to open it or keep theirs. */
  incoming: ShareDocument | null;
  /** The chain a shared link replaced, or the save before an unreadable one: one click brings it back. */
  previousChain: Chain | null;
  /** Why `previousChain` is offered: a link replaced it, or the save after it could not be read. */
  previousFrom: 'link' | 'unreadable-save';
  offerIncoming: (doc: ShareDocument) => void;
  acceptIncoming: () => void;
  declineIncoming: () => void;
  restorePrevious: () => void;
}

/**
 * Where imported nodes go: at the server end (append), at the client end (prepend), in place of
 * the chain (an example or an empty chain), or into one node of the same technology (fill).
 */
export type ImportTarget =
  | { mode: 'append' }
  | { mode: 'prepend' }
  | { mode: 'replace' }
  | { mode: 'fill'; nodeIndex: number };

/** Which found nodes join, client end first: indexes into the preview's nodes. */
export interface ImportPick {
  order: number[];
  skipped: number[];
}

export type ImportStatus =
  | { status: 'idle' }
  | { status: 'parsing' }
  | { status: 'ready'; preview: ImportPreview }
  | { status: 'failed'; message: string };

export interface ImportSlice {
  /** Text pasted into the editor (parsed as the file `PASTED_NAME`). */
  importText: string;
  /** Files picked or dropped. */
  importFiles: SourceFile[];
  importStatus: ImportStatus;
  /** Null: the default for what was found (import/import-plan.ts). */
  importTarget: ImportTarget | null;
  /** Null: every node found, in the preview's order. */
  importPick: ImportPick | null;
  setImportText: (text: string) => void;
  addImportFiles: (files: readonly SourceFile[]) => void;
  removeImportFile: (name: string) => void;
  setImportTarget: (target: ImportTarget) => void;
  setImportPick: (pick: ImportPick) => void;
  /** Applies the preview as one undoable step; an error (and no change) when it cannot. */
  applyImport: () => Result<void>;
  resetImport: () => void;
}

export interface RescueSlice {
  /** Unreadable saves kept (newest first), to download. */
  rescued: readonly RescuedSave[];
  /** The banner offering them shows (saves were set aside in this visit). */
  rescueShown: boolean;
  hideRescued: () => void;
}

export type AppState = ChainSlice & UiSlice & ShareSlice & ImportSlice & RescueSlice;
