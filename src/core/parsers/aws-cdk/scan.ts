import type { CodeScan } from '../code/scan';
import type { JsNames } from '../node/values';

/** The state of one CDK parse. */
export interface CdkScan {
  scan: CodeScan;
  names: JsNames;
  /** Variable (`alb`, `this.alb`) → the scope of the load balancer it holds. */
  variables: Map<string, { scope: string; tech: string }>;
}
