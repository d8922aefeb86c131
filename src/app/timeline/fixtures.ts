import { analyzeChain, applyFixPlan } from '../../core/analysis/engine';
import { chainOf, type NodeSpec } from '../../core/analysis/test-chain';
import type { ChainReport } from '../../core/analysis/types';

/** Real reports for tests and the preview: a chain and the same chain after its fix plan. */
export function analyzeWithFix(specs: readonly NodeSpec[], rttMs = 1) {
  const chain = chainOf(specs, rttMs);
  const before: ChainReport = analyzeChain(chain);
  const after: ChainReport = analyzeChain(applyFixPlan(chain, before.fixPlan));
  return { before, after };
}

/** The risky ALB → Node hop at defaults (S = 5 s, C = 60 s). */
export const ALB_NODE: readonly NodeSpec[] = ['aws-alb', 'node-http-server@18.20.8'];
