import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { cloudFormationParser } from './index';

const SEEDS = seedsFrom(
  import.meta.glob<string>('./__fixtures__/*/*', { query: '?raw', import: 'default', eager: true }),
);

const VOCAB = [
  'AWSTemplateFormatVersion: "2010-09-09"\n',
  'Resources:\n  ',
  'Parameters:\n  P:\n    Default: ',
  'Mappings:\n  M:\n    k:\n      v: ',
  'Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n',
  'Type: AWS::ElasticLoadBalancingV2::Listener\n',
  'Type: network\n',
  'Properties:\n',
  'LoadBalancerAttributes:\n',
  'ListenerAttributes:\n',
  '- Key: idle_timeout.timeout_seconds\n  Value: ',
  '- Key: tcp.idle_timeout.seconds\n  Value: ',
  'client_keep_alive.seconds',
  '!Ref P',
  '!Sub "${P}"',
  '!FindInMap [M, k, v]',
  '!GetAtt A.B',
  '{ "Ref": "P" }',
  '{ "Fn::Sub": "${P}" }',
  '${!x}',
  '${',
  '60',
  '"',
  "'",
  '#',
  '&a ',
  '*a',
  '[',
  '{',
  '\n',
  '\r\n',
];

testParserProperties({
  parser: cloudFormationParser,
  seeds: SEEDS,
  vocab: VOCAB,
  randomNames: ['template.yaml', 'template.json', 'pasted-1'],
  codePattern: /^CFN_[A-Z0-9_]+$/,
  lineEnds: 'all',
  titles: {
    mutated: 'mutated templates never throw',
    random: 'random template-like text never throws',
  },
});
