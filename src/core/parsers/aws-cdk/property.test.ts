import { expectOriginOnLine } from '../testing/invariants';
import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { awsCdkParser } from './index';

const SEEDS = seedsFrom(
  import.meta.glob<string>('./__fixtures__/*/*', { query: '?raw', import: 'default', eager: true }),
);

const VOCAB = [
  "import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';\n",
  "new elbv2.ApplicationLoadBalancer(this, 'Alb', {",
  "new elbv2.NetworkLoadBalancer(this, 'Nlb', {",
  "new CfnLoadBalancer(stack, 'L1', { type: 'network', loadBalancerAttributes: [",
  "new CfnListener(stack, 'L', { loadBalancerArn: nlb.ref, listenerAttributes: [",
  "{ key: 'idle_timeout.timeout_seconds', value: '60' }",
  'idleTimeout: Duration.seconds(',
  'clientKeepAlive: Duration.minutes(',
  "alb.setAttribute('idle_timeout.timeout_seconds', ",
  'const alb = ',
  'IDLE',
  '`${IDLE}`',
  '120',
  '})',
  ');',
  '{',
  '[',
  "'",
  '`',
  '//',
  '/*',
  '\n',
];

testParserProperties({
  parser: awsCdkParser,
  seeds: SEEDS,
  vocab: VOCAB,
  randomNames: ['stack.ts', 'app.js', 'pasted-1'],
  codePattern: /^CDK_[A-Z0-9_]+$/,
  checkOrigin: expectOriginOnLine,
  lineEnds: 'lf',
  titles: {
    mutated: 'mutated CDK apps never throw',
    random: 'random CDK-like text never throws',
  },
});
