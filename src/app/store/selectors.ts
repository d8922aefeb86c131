import { verdictRank, type ChainReport, type HopReport } from '../../core/analysis/types';
import type { Chain } from '../../core/model/chain';
import type { AppState } from './types';

/** The fixed-chain preview is on and there is a plan to preview. */
export const selectIsPreview = (s: AppState): boolean =>
  s.previewFix && s.preview !== null && (s.report?.fixPlan.changes.length ?? 0) > 0;

/** What the chain view shows: the fixed preview when it is on, else the chain as edited. */
export const selectShownChain = (s: AppState): Chain =>
  selectIsPreview(s) && s.preview ? s.preview.chain : s.chain;

export const selectShownReport = (s: AppState): ChainReport | null =>
  selectIsPreview(s) && s.preview ? s.preview.report : s.report;
export const selectCanUndo = (s: AppState): boolean => s.history.past.length > 0;
export const selectCanRedo = (s: AppState): boolean => s.history.future.length > 0;

/** The hop with the worst verdict (the first of equals), or undefined for a chain without hops. */
export const findWorstHop = (hops: readonly HopReport[]): HopReport | undefined =>
  hops.reduce<HopReport | undefined>(
    (a, b) => (a === undefined || verdictRank(b.verdict) > verdictRank(a.verdict) ? b : a),
    undefined,
  );
