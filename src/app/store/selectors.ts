import type { ChainReport } from '../../core/analysis/types';
import type { Chain } from '../../core/model/chain';
import type { AppState } from './types';

/** What the chain view shows: the fixed preview when it is on, else the chain as edited. */
export const selectShownChain = (s: AppState): Chain =>
  s.previewFix && s.preview ? s.preview.chain : s.chain;

export const selectShownReport = (s: AppState): ChainReport | null =>
  s.previewFix && s.preview ? s.preview.report : s.report;

export const selectIsPreview = (s: AppState): boolean => s.previewFix && s.preview !== null;
export const selectCanUndo = (s: AppState): boolean => s.history.past.length > 0;
export const selectCanRedo = (s: AppState): boolean => s.history.future.length > 0;
