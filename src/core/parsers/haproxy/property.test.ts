import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { haproxyParser } from './index';

const SEEDS = seedsFrom(
  import.meta.glob<string>('./__fixtures__/*/*', { query: '?raw', import: 'default', eager: true }),
);

const VOCAB = [
  'global\n',
  'defaults\n',
  'defaults base\n',
  'defaults x from base\n',
  'frontend fe from base\n',
  'backend be\n',
  'listen l\n',
  '  timeout http-keep-alive ',
  '  timeout client ',
  '  timeout server ',
  '  option http-server-close\n',
  '  no option httpclose\n',
  '  http-reuse always\n',
  '  default_backend be\n',
  '  server s 1.2.3.4:80 pool-purge-delay ',
  '  default-server pool-max-conn ',
  '  setenv X 5s\n',
  '"${X}"',
  '"$X',
  '${',
  '10s',
  '500',
  '-1',
  '#',
  '\\',
  '"',
  "'",
  '\n',
  '\r\n',
  '\r',
];

testParserProperties({
  parser: haproxyParser,
  seeds: SEEDS,
  vocab: VOCAB,
  randomNames: ['haproxy.cfg', 'pasted-1'],
  codePattern: /^HAPROXY_[A-Z0-9_]+$/,
  lineEnds: 'all',
  titles: {
    mutated: 'mutated haproxy.cfg files never throw',
    random: 'random HAProxy-like text never throws',
  },
});
