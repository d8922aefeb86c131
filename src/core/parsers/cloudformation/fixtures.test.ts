import { describeFixtureSuite } from '../testing/fixture-suite';
import { cloudFormationParser } from './index';

/** `__fixtures__/<behaviour>/<input files>` + `expected.json` keyed by the file to check. */
const RAW = import.meta.glob<string>('./__fixtures__/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describeFixtureSuite('cloudformation', cloudFormationParser, RAW);
