import { describeFixtureSuite } from '../testing/fixture-suite';
import { jvmPoolParser } from './index';

/** `__fixtures__/<behaviour>/<input files>` + `expected.json` keyed by the file to check. */
const RAW = import.meta.glob<string>('./__fixtures__/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describeFixtureSuite('jvm-pool', jvmPoolParser, RAW);
