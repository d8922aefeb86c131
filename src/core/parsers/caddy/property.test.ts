import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { caddyParser } from './index';

const RAW = import.meta.glob<string>('./__fixtures__/**/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const SEEDS = seedsFrom(RAW);

const VOCAB = [
  '{\n',
  '}\n',
  'servers :443 {\n',
  'timeouts {\n',
  'idle ',
  'read_header ',
  'example.com {\n',
  ':8080 {\n',
  'reverse_proxy app:1 ',
  'transport http {\n',
  'keepalive ',
  'keepalive off\n',
  'keepalive_idle_conns_per_host 4\n',
  '(snip) {\n',
  'import snip a 5s\n',
  'import *.caddy\n',
  '{args[0]}',
  '{$VAR:5m}',
  '{env.X}',
  '30s',
  '1d',
  '"',
  '`',
  '#',
  '"apps": {"http": {"servers": {"s": {"idle_timeout": ',
  '"handler": "reverse_proxy"',
  '\n',
  '\r\n',
];

testParserProperties({
  parser: caddyParser,
  seeds: SEEDS,
  vocab: VOCAB,
  randomNames: ['Caddyfile', 'caddy.json'],
  codePattern: /^CADDY_[A-Z0-9_]+$/,
  lineEnds: 'all',
  titles: {
    mutated: 'mutated Caddy configs never throw',
    random: 'random Caddyfile-like text never throws',
  },
});
