import type { ParseContext, ParserDef, ParseResult, SourceFile } from '../types';
import { detectSafely, parseSafely } from '../code/safe';
import { CodeScan } from '../code/scan';
import { importedModuleNames } from '../node/modules';
import { collectJsNames } from '../node/values';
import { extractConstructs } from './constructs';

const FORMAT = 'aws-cdk';

/**
 * AWS CDK apps in TypeScript/JavaScript: Elastic Load Balancing v2 constructs (`idleTimeout`,
 * `clientKeepAlive`, `setAttribute(…)`, L1 attribute lists). Diagnostic codes:
 * CDK_UNRESOLVED_EXPRESSION, CDK_INVALID_VALUE, CDK_INTERNAL_ERROR.
 */
export function parseAwsCdk(file: SourceFile, context?: ParseContext): ParseResult {
  return parseSafely(FORMAT, 'CDK', file, () => {
    const scan = new CodeScan(file, 'js');
    const files = context?.files ?? [];
    const listened = extractConstructs({
      scan,
      names: collectJsNames(
        scan.text,
        scan.masked,
        importedModuleNames(file, scan.text, scan.masked, files),
      ),
      variables: new Map(),
    });
    // An NLB whose listeners set their own idle timeout is represented by those listeners.
    const nodes = scan
      .nodes()
      .filter((n) => !(n.tech === 'aws-nlb' && listened.has(n.scope)))
      .map((n) => ({ ...n, syntax: 'cdk' }));
    return { format: FORMAT, nodes, diagnostics: scan.diagnostics };
  });
}

const CDK_IMPORT =
  /['"](?:aws-cdk-lib(?:\/aws-elasticloadbalancingv2)?|@aws-cdk\/aws-elasticloadbalancingv2)['"]/;
const CONSTRUCT =
  /\bnew\s+(?:[\w$]+\s*\.\s*)?(?:ApplicationLoadBalancer|NetworkLoadBalancer|CfnLoadBalancer|CfnListener)\s*\(/;

/** Confidence 0..1 that `text` is a CDK app declaring load balancers. */
export function detectAwsCdk(text: string): number {
  return detectSafely(() => {
    const head = text.slice(0, 200_000);
    const imports = CDK_IMPORT.test(head);
    const construct = CONSTRUCT.test(head);
    if (imports && construct) return 0.95;
    if (construct && /\bDuration\s*\.\s*\w+\s*\(|\bnew\s+\w+\s*\(\s*this\s*,/.test(head))
      return 0.7;
    return imports ? 0.3 : 0;
  });
}

export const awsCdkParser: ParserDef = {
  id: FORMAT,
  name: 'AWS CDK app (TypeScript / JavaScript)',
  detect: detectAwsCdk,
  parse: (file, context) => parseAwsCdk(file, context),
};
