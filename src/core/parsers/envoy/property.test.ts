import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { envoyParser } from './index';

const SEEDS = seedsFrom(
  import.meta.glob<string>('./__fixtures__/*/*', { query: '?raw', import: 'default', eager: true }),
);

const VOCAB = [
  'static_resources:\n',
  '  listeners:\n  - name: l\n',
  '  clusters:\n  - name: c\n',
  'filter_chains:\n- filters:\n  - name: envoy.filters.network.http_connection_manager\n',
  'typed_config:\n',
  '"@type": type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions\n',
  'envoy.extensions.upstreams.http.v3.HttpProtocolOptions:\n',
  'common_http_protocol_options:\n',
  'idle_timeout: ',
  'max_requests_per_connection: ',
  'route: { cluster: c }\n',
  'weighted_clusters:\n  clusters:\n  - name: ',
  'rds:\n',
  '{ seconds: 9, nanos: 5 }',
  '3600s',
  '0.5s',
  '5m',
  '${X}',
  '{{ x }}',
  '{',
  '}',
  '[',
  ']',
  '"',
  ',',
  '&a ',
  '*a',
  '\n---\n',
  '\n',
  '\r\n',
];

testParserProperties({
  parser: envoyParser,
  seeds: SEEDS,
  vocab: VOCAB,
  randomNames: ['envoy.yaml', 'envoy.json', 'pasted-1'],
  codePattern: /^ENVOY_[A-Z0-9_]+$/,
  lineEnds: 'all',
  titles: {
    mutated: 'mutated Envoy bootstraps never throw',
    random: 'random Envoy-like text never throws',
  },
});
