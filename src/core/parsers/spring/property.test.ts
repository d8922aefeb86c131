import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  expectParseInvariants,
  type InvariantOptions,
  type OriginCheck,
} from '../testing/invariants';
import { applyEdits, arbitraryEdit, seedsFrom } from '../testing/mutate';
import { PROPERTY_TIMEOUT_MS, testParserProperties } from '../testing/property-suite';
import { springParser } from './index';

const SEEDS = seedsFrom(
  import.meta.glob<string>('./__fixtures__/*/*', { query: '?raw', import: 'default', eager: true }),
);

const VOCAB = [
  'server.tomcat.keep-alive-timeout',
  'server.tomcat.keepAliveTimeout=',
  'SERVER_TOMCAT_CONNECTIONTIMEOUT=',
  'max-keep-alive-requests: ',
  'tomcat:\n    ',
  ': ',
  '=',
  '\n---\n',
  '\n#---\n',
  '${X:',
  '${',
  '}',
  '-1',
  'PT',
  '60s',
  '#',
  '"',
  "'",
  '[',
  '{',
  '&a ',
  '*a',
  '<<: ',
  '\\\n',
  '\t',
  '\r\n',
  '- ',
  'spring.config.activate.on-profile: ',
];

/** The logical line at `line` (1-based), with `\`-continued lines joined. */
function logicalLine(lines: readonly string[], line: number): string {
  let out = '';
  for (let i = line - 1; i < lines.length; i++) {
    const l = lines[i] ?? '';
    const continued = /\\\r?$/.test(l);
    out += (i === line - 1 ? l : l.trimStart()).replace(/\\\r?$/, '');
    if (!continued) break;
  }
  return out;
}

/** The origin points at the setting as written, or at its last element (nested YAML keys). */
const expectOriginAtNameOrLastKey: OriginCheck = (lines, origin) => {
  const last = origin.setting.split('.').pop() ?? '';
  const at = logicalLine(lines, origin.line).slice((origin.column ?? 1) - 1);
  expect(at.startsWith(origin.setting) || at.startsWith(last), `${at} / ${origin.setting}`).toBe(
    true,
  );
};

const INVARIANTS: InvariantOptions = {
  codePattern: /^SPRING_[A-Z0-9_]+$/,
  lineEnds: 'all',
  checkOrigin: expectOriginAtNameOrLastKey,
};

testParserProperties({
  parser: springParser,
  seeds: SEEDS,
  vocab: VOCAB,
  randomNames: ['application.yml', 'application.properties', 'pasted-1'],
  ...INVARIANTS,
  titles: {
    mutated: 'mutated Spring files never throw',
    random: 'random Spring-like text never throws',
  },
});

/** A mutated Spring file wrapped in a ConfigMap `|` block at a random indentation. */
const embedded = fc
  .tuple(
    fc.constantFrom(...SEEDS.filter((s) => /^application.*\.(ya?ml|properties)$/.test(s.name))),
    fc.array(arbitraryEdit(VOCAB), { maxLength: 4 }),
    fc.integer({ min: 1, max: 6 }),
    fc.boolean(),
  )
  .map(([seed, edits, extra, explicit]) => {
    const body = applyEdits(seed.text, edits)
      .split('\n')
      .map((l) => (l === '' ? '' : ' '.repeat(2 + extra) + l))
      .join('\n');
    const header = explicit ? `|${extra}` : '|';
    return {
      name: 'configmap.yaml',
      text: `kind: ConfigMap\ndata:\n  ${seed.name}: ${header}\n${body}\n`,
    };
  });

test.prop([embedded], { numRuns: 2000 })(
  'configs embedded in a ConfigMap keep exact origins',
  (file) => {
    expectParseInvariants(file.text, springParser.parse(file, { files: [file] }), INVARIANTS);
  },
  PROPERTY_TIMEOUT_MS,
);
