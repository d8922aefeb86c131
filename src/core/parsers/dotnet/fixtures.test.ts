import { describeFixtureSuite } from '../testing/fixture-suite';
import { dotnetParser } from './index';

/** `__fixtures__/<behaviour>/<files>` + `expected.json`, worked out from Microsoft docs. */
const RAW = import.meta.glob<string>('./__fixtures__/**/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describeFixtureSuite('dotnet', dotnetParser, RAW);
