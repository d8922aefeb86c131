import { describeFixtureSuite } from '../testing/fixture-suite';
import { haproxyParser } from './index';

/** `__fixtures__/<behaviour>/haproxy.cfg` + `expected.json`, worked out from HAProxy's manual. */
const RAW = import.meta.glob<string>('./__fixtures__/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describeFixtureSuite('haproxy', haproxyParser, RAW);
