import type { FindingSeverity, Verdict } from '../types';
import type { HopContext } from '../hop-context';

/** What a rule says about a hop: the verdict it implies and, usually, a finding. */
export interface RuleOutcome {
  verdict: Verdict;
  severity: FindingSeverity;
  message: string;
  sources?: string[];
  /** No later rule applies (unknown side, no reuse). */
  stop?: boolean;
  /** This finding is resolved by changing idle timeouts (the fix plan's changes attach to it). */
  fixable?: boolean;
}

export interface Rule {
  /** Kebab-case id, the rule's file name. */
  id: string;
  /** Only reported when the hop races (verdict warn or risk). */
  onlyWhenRacing?: boolean;
  check(ctx: HopContext): RuleOutcome | null;
}
