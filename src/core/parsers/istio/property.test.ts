import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { istioParser } from './index';

const SEEDS = seedsFrom(
  import.meta.glob<string>('./__fixtures__/*/*', { query: '?raw', import: 'default', eager: true }),
);

const VOCAB = [
  'apiVersion: networking.istio.io/v1\n',
  'kind: DestinationRule\n',
  'kind: EnvoyFilter\n',
  'metadata:\n  name: x\n',
  'spec:\n  host: h\n',
  'trafficPolicy:\n',
  'connectionPool:\n',
  'http:\n',
  'tcp:\n',
  'idleTimeout: ',
  'maxRequestsPerConnection: ',
  'maxConnectionDuration: ',
  'subsets:\n- name: v1\n',
  'portLevelSettings:\n- port:\n    number: 80\n',
  'configPatches:\n- applyTo: CLUSTER\n',
  'applyTo: NETWORK_FILTER\n',
  'patch:\n  value:\n',
  'common_http_protocol_options:\n',
  'idle_timeout: ',
  '30s',
  '1h',
  '{{ x }}',
  '\n---\n',
  '&a ',
  '*a',
  '"',
  '#',
  '\n',
  '\r\n',
];

testParserProperties({
  parser: istioParser,
  seeds: SEEDS,
  vocab: VOCAB,
  randomNames: ['destination-rule.yaml', 'pasted-1'],
  codePattern: /^ISTIO_[A-Z0-9_]+$/,
  lineEnds: 'all',
  titles: {
    mutated: 'mutated Istio manifests never throw',
    random: 'random Istio-like text never throws',
  },
});
