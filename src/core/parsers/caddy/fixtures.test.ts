import { describeFixtureSuite } from '../testing/fixture-suite';
import { caddyParser } from './index';

/** `__fixtures__/<behaviour>/<files>` + `expected.json`, worked out from Caddy's docs. */
const RAW = import.meta.glob<string>('./__fixtures__/**/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describeFixtureSuite('caddy', caddyParser, RAW);
