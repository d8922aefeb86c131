import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { albIngressParser } from './index';

const SEEDS = seedsFrom(
  import.meta.glob<string>('./__fixtures__/*/*', { query: '?raw', import: 'default', eager: true }),
);

const VOCAB = [
  'kind: Ingress\n',
  'kind: Service\n',
  'kind: IngressClassParams\n',
  'kind: List\nitems:\n  - ',
  'metadata:\n  name: x\n  annotations:\n    ',
  'alb.ingress.kubernetes.io/load-balancer-attributes: ',
  'alb.ingress.kubernetes.io/group.name: g\n',
  'service.beta.kubernetes.io/aws-load-balancer-listener-attributes.TCP-80: ',
  'idle_timeout.timeout_seconds=',
  'client_keep_alive.seconds=',
  'tcp.idle_timeout.seconds=',
  'ingressClassName: alb\n',
  '60',
  ',',
  '=',
  '\n---\n',
  '|\n  ',
  '>-\n  ',
  '"',
  "'",
  '#',
  '{{ x }}',
  '&a ',
  '*a',
  '\n',
  '\r\n',
  '- key: idle_timeout.timeout_seconds\n  value: "1"\n',
];

testParserProperties({
  parser: albIngressParser,
  seeds: SEEDS,
  vocab: VOCAB,
  randomNames: ['ingress.yaml', 'pasted-1'],
  codePattern: /^ALB_INGRESS_[A-Z0-9_]+$/,
  lineEnds: 'all',
  titles: {
    mutated: 'mutated manifests never throw',
    random: 'random YAML-like text never throws',
  },
});
