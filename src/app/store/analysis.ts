import { analyzeChain, applyFixPlan } from '../../core/analysis/engine';
import type { ChainReport } from '../../core/analysis/types';
import type { Chain } from '../../core/model/chain';

export interface Analysis {
  report: ChainReport | null;
  /** Set when the engine failed on this chain (a bug, not user error): the app stays usable. */
  error: string | null;
}

/** Runs the analysis; a thrown error becomes a message instead of a white screen. */
export function analyzeSafely(chain: Chain): Analysis {
  try {
    return { report: analyzeChain(chain), error: null };
  } catch (e) {
    return { report: null, error: e instanceof Error ? e.message : String(e) };
  }
}

export interface FixedPreview {
  chain: Chain;
  report: ChainReport;
}

/** The chain with the fix plan applied and its analysis, or null when there is nothing to show. */
export function previewFixedChain(chain: Chain, report: ChainReport | null): FixedPreview | null {
  if (!report) return null;
  try {
    const fixed = applyFixPlan(chain, report.fixPlan);
    return { chain: fixed, report: analyzeChain(fixed) };
  } catch {
    return null;
  }
}
