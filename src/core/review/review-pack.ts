import { analyzeChain } from '../analysis/engine';
import { applyFixPlan } from '../analysis/fix-plan';
import type { ChainReport } from '../analysis/types';
import type { Chain } from '../model/chain';
import { buildAlertRules, formatAlertRules, type AlertRuleSet } from './alert-rules';
import { buildChecklist } from './checklist';
import { buildLiveValues } from './live-values';
import { estimateResets } from './reset-estimate';
import { buildRetryAdvice } from './retry-advice';
import type { ChecklistGroup, LiveValueEntry, RetryAdvice } from './types';

/** Everything the review report adds to the verdicts and the fix plan (issue 14). */
export interface ReviewPack {
  checklist: ChecklistGroup[];
  alerts: AlertRuleSet;
  /** The Prometheus rule file. */
  alertRulesYaml: string;
  retry: RetryAdvice[];
  liveValues: LiveValueEntry[];
  resets: ReturnType<typeof estimateResets>;
  /** The chain's report once the fix plan is applied (the report itself when there is no change). */
  fixed: ChainReport;
}

/** The review pack of an analysed chain: pure, the same in the CLI and the app. */
export function buildReviewPack(chain: Chain, report: ChainReport): ReviewPack {
  const alerts = buildAlertRules(report.hops);
  const fixed =
    report.fixPlan.changes.length > 0 ? analyzeChain(applyFixPlan(chain, report.fixPlan)) : report;
  return {
    checklist: buildChecklist(report, alerts),
    alerts,
    alertRulesYaml: formatAlertRules(alerts, report.hops),
    retry: buildRetryAdvice(report),
    liveValues: buildLiveValues(report),
    resets: estimateResets(chain, report, fixed),
    fixed,
  };
}
