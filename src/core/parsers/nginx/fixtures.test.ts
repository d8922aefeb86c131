import { describeFixtureSuite } from '../testing/fixture-suite';
import { nginxParser } from './index';

/** `__fixtures__/<behaviour>/input.conf` (+ included files, in subfolders too) + `expected.json`. */
const RAW = import.meta.glob<string>('./__fixtures__/**/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describeFixtureSuite('nginx', nginxParser, RAW, { minBehaviours: 15 });
