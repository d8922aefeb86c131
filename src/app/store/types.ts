import type { ChainReport } from '../../core/analysis/types';
import type { Chain } from '../../core/model/chain';
import type { Result } from '../../core/model/result';
import type { FixedPreview } from './analysis';
import type { History } from './history';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Notice {
  id: number;
  tone: 'info' | 'success' | 'error';
  text: string;
}

export interface ChainSlice {
  chain: Chain;
  report: ChainReport | null;
  analysisError: string | null;
  history: History<Chain>;
  /** Show the chain as it would be after the fix plan. */
  previewFix: boolean;
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
  setSettingText: (index: number, key: string, text: string) => Result<void>;
  resetSetting: (index: number, key: string) => void;
  toggleLock: (index: number, key: string) => void;
  setLinkRttText: (index: number, text: string) => Result<void>;
  applyFixPlan: () => void;
  setPreviewFix: (on: boolean) => void;
}

export interface UiSlice {
  selectedNode: number | null;
  selectedHop: number | null;
  theme: ThemeChoice;
  notices: Notice[];
  selectNode: (index: number | null) => void;
  selectHop: (index: number | null) => void;
  setTheme: (theme: ThemeChoice) => void;
  notify: (tone: Notice['tone'], text: string) => void;
  dismissNotice: (id: number) => void;
}

export type AppState = ChainSlice & UiSlice;
