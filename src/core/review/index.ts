/** The design-review pack: checklist, alert rules, retry advice, where each value lives. */
export { buildReviewPack, type ReviewPack } from './review-pack';
export {
  buildAlertRules,
  formatAlertRules,
  type AlertRule,
  type AlertRuleSet,
} from './alert-rules';
export type * from './types';
