import type { KnownScalar } from '../../model/chain';
import { wholeSeconds } from './snippet-format';

/**
 * Snippets for an Elastic Load Balancing attribute in the languages it is written in besides
 * Terraform: CloudFormation YAML and JSON (`LoadBalancerAttributes` / `ListenerAttributes`) and
 * the AWS CDK (a construct prop, or the attribute on the L1 resource).
 */
export type AwsAttributeSnippets = Readonly<Record<string, (v: KnownScalar) => string>>;

const cfnYaml = (list: string, key: string) => (v: KnownScalar) =>
  `${list}:\n  - Key: ${key}\n    Value: "${wholeSeconds(v)}"`;

const cfnJson = (list: string, key: string) => (v: KnownScalar) =>
  `"${list}": [{ "Key": "${key}", "Value": "${wholeSeconds(v)}" }]`;

/** A duration prop of an L2 construct: `idleTimeout: Duration.seconds(55)`. */
const cdkProp = (prop: string) => (v: KnownScalar) =>
  `${prop}: Duration.seconds(${wholeSeconds(v)})`;

/** A load balancer attribute (`idle_timeout.timeout_seconds`) and, for the CDK, its L2 prop. */
export const lbAttributeSnippets = (key: string, cdk: string): AwsAttributeSnippets => ({
  'cloudformation-yaml': cfnYaml('LoadBalancerAttributes', key),
  'cloudformation-json': cfnJson('LoadBalancerAttributes', key),
  cdk: cdkProp(cdk),
});

/** An NLB listener attribute (`tcp.idle_timeout.seconds`). */
export const listenerAttributeSnippets = (key: string): AwsAttributeSnippets => ({
  'cloudformation-yaml': cfnYaml('ListenerAttributes', key),
  'cloudformation-json': cfnJson('ListenerAttributes', key),
  cdk: (v) =>
    `(listener.node.defaultChild as elbv2.CfnListener).listenerAttributes = [{ key: '${key}', value: '${wholeSeconds(v)}' }];`,
});
