import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { dotnetParser } from './index';

const RAW = import.meta.glob<string>('./__fixtures__/**/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const SEEDS = seedsFrom(RAW);

const VOCAB = [
  '{',
  '}',
  '"Kestrel": {',
  '"Limits": {',
  '"KeepAliveTimeout": ',
  '"00:02:10"',
  '"130"',
  '// c\n',
  '/* c */',
  ',',
  'ENV Kestrel__Limits__KeepAliveTimeout=',
  '- name: Kestrel__Limits__KeepAliveTimeout\n  value: ',
  'options.Limits.KeepAliveTimeout = ',
  'TimeSpan.FromSeconds(',
  'new TimeSpan(0, 1, 5)',
  'PooledConnectionIdleTimeout = ',
  '.SetHandlerLifetime(',
  'Timeout.InfiniteTimeSpan',
  ');\n',
  '"',
  '${X}',
  '\n',
  '\r\n',
];

testParserProperties({
  parser: dotnetParser,
  seeds: SEEDS,
  vocab: VOCAB,
  randomNames: ['appsettings.json', 'Program.cs', 'Dockerfile'],
  codePattern: /^DOTNET_[A-Z0-9_]+$/,
  lineEnds: 'all',
  titles: {
    mutated: 'mutated .NET configs never throw',
    random: 'random .NET-like text never throws',
  },
});
