import { fc, test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { decodeLogs } from './decode';
import { readTimestamp } from './timestamp';

/** Words of the formats decode reads, glued into random lines. */
const VOCAB = [
  'upstream prematurely closed connection',
  'while reading response header from upstream',
  '(104: Connection reset by peer)',
  '"',
  '\\"',
  '[',
  ']',
  '{',
  '}',
  ' ',
  '502',
  '-',
  'http',
  'UC',
  'URX,UC',
  'SH--',
  '1/1/1/1/0',
  '2024-05-01T12:00:03.123Z',
  '01/May/2024:12:00:03.655',
  'May  1 12:00:03',
  'haproxy[1]:',
  '{"response_flags":"UC"}',
  'socket hang up',
  ': EOF',
  '\n',
];

test.prop([fc.array(fc.constantFrom(...VOCAB), { maxLength: 60 })], { numRuns: 3000 })(
  'never throws on lines glued from the formats’ words, and lists only recognised lines',
  (words) => {
    const text = words.join('');
    const r = decodeLogs(
      [{ name: 'x', text }],
      [
        {
          index: 0,
          client: { node: 'a', tech: 'nginx', techs: ['nginx'] },
          server: { node: 'b', tech: 'x', techs: ['x'] },
        },
      ],
    );
    expect(r.summary.failures).toBe(r.lines.length);
    expect(r.summary.linesRead).toBe(r.lines.length + r.summary.traffic + r.summary.unrecognised);
    for (const l of r.lines) expect(text.split('\n')[l.lineNumber - 1]?.trimEnd()).toBe(l.line);
  },
);

test.prop([fc.string({ maxLength: 400 })], { numRuns: 3000 })(
  'never throws on any text',
  (text) => {
    expect(() => decodeLogs([{ name: 'x', text }])).not.toThrow();
    expect(() => readTimestamp(text)).not.toThrow();
  },
);

/** Lines that would make a backtracking matcher or a quadratic reader slow. */
const lines = (n: number) => [
  '"'.repeat(n),
  '1/'.repeat(n),
  '2024-05-01'.repeat(n / 10),
  `[${' '.repeat(n)}] "`,
  'A,'.repeat(n),
  `{"response_flags":"${'U'.repeat(n)}"}`,
];

/** Milliseconds to decode the pathological lines at size n. */
const time = (n: number) => {
  const text = lines(n).join('\n');
  const t0 = performance.now();
  decodeLogs([{ name: 'x', text }]);
  return performance.now() - t0;
};

it('takes time linear in the input (pathological lines: long quotes, digits, slashes, flags)', () => {
  time(2000);
  const small = time(20_000);
  const large = time(200_000);
  // 10× the input: well under 100× the time (quadratic) even on a loaded machine.
  expect(large).toBeLessThan(Math.max(small, 5) * 30);
});
