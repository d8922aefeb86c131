import { describeFixtureSuite } from '../testing/fixture-suite';
import { apacheHttpdParser } from './index';

/** `__fixtures__/<behaviour>/<files>` + `expected.json`, worked out from the httpd manual. */
const RAW = import.meta.glob<string>('./__fixtures__/**/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describeFixtureSuite('apache-httpd', apacheHttpdParser, RAW);
