import type { Chain } from '../model/chain';
import { evaluateChain } from './evaluate-hops';
import { applyFixPlan, planFixes } from './fix-plan';
import { worstVerdict, type ChainReport } from './types';

export { applyFixPlan };

/**
 * Judges every hop of a chain (design/race-model.md) and plans the smallest fix.
 * Pure and synchronous; a 10-node chain takes well under a frame.
 */
export function analyzeChain(chain: Chain): ChainReport {
  const { nodes, hops } = evaluateChain(chain);
  const fixPlan = planFixes(chain);
  for (const hop of hops) {
    const fixes = fixPlan.changes.filter((c) => c.hops.includes(hop.index));
    // Only findings an idle-timeout change resolves carry the plan's changes: a pool that is off
    // or a request cap is not fixed by them.
    for (const f of hop.findings) if (f.fixable) f.fixes = fixes;
  }
  return { nodes, hops, fixPlan, verdict: worstVerdict(hops.map((h) => h.verdict)) };
}
