import { describeFixtureSuite } from '../testing/fixture-suite';
import { awsCdkParser } from './index';

/** `__fixtures__/<behaviour>/<input files>` + `expected.json`; `x.ts.txt` is parsed as `x.ts`. */
const RAW = import.meta.glob<string>('./__fixtures__/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describeFixtureSuite('aws-cdk', awsCdkParser, RAW);
