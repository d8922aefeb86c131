import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { apacheHttpdParser } from './index';

const RAW = import.meta.glob<string>('./__fixtures__/**/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const SEEDS = seedsFrom(RAW);

const VOCAB = [
  '<VirtualHost *:80>\n',
  '</VirtualHost>\n',
  '<Proxy "balancer://b">\n',
  '</Proxy>\n',
  '<Location /a>\n',
  '</Location>\n',
  'KeepAlive ',
  'KeepAliveTimeout ',
  'MaxKeepAliveRequests ',
  'ProxyPass / http://a:1/ ',
  'BalancerMember http://m:2 ',
  'ProxySet ',
  'ttl=',
  'disablereuse=On ',
  'Define X 5\n',
  'Include *.conf\n',
  'SetEnv proxy-nokeepalive 1\n',
  '${X}',
  '500ms',
  'On',
  '\\\n',
  '"',
  "'",
  '#',
  '<',
  '>',
  '\n',
  '\r\n',
  '\r',
];

testParserProperties({
  parser: apacheHttpdParser,
  seeds: SEEDS,
  vocab: VOCAB,
  randomNames: ['httpd.conf', 'pasted-1'],
  codePattern: /^APACHE_[A-Z0-9_]+$/,
  lineEnds: 'all',
  titles: {
    mutated: 'mutated httpd configs never throw',
    random: 'random httpd-like text never throws',
  },
});
