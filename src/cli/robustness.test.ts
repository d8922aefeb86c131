import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createFakeIo } from './fake-io';
import { run } from './main';

const word = fc.constantFrom(
  'check',
  'extract',
  'url',
  'schema',
  '--format',
  'json',
  'sarif',
  'markdown',
  '--fail-on',
  'warn',
  '--rtt',
  '5ms',
  '--help',
  '-',
  'a.conf',
  'b.chain.yaml',
  'tech:nginx',
  'tech:aws-alb',
  'tech:x@1',
  '--base',
);
const content = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    'nodes: [{tech: nginx}, {tech: gunicorn}]',
    'server { keepalive_timeout 5; }',
    'server.tomcat.keep-alive-timeout=5s',
    'nodes: [{tech: ngnix}]',
  ),
);

describe('the command line on any input', () => {
  test.prop(
    [fc.array(fc.oneof(word, fc.string({ maxLength: 12 })), { maxLength: 6 }), content, content],
    { numRuns: 150 },
  )('never throws, exits 0, 1 or 2, and explains a 2 on stderr', async (argv, a, b) => {
    const io = createFakeIo({ 'a.conf': a, 'b.chain.yaml': b, '-': a });
    const code = await run(argv, io);
    expect([0, 1, 2]).toContain(code);
    if (code === 2) expect(io.err).toMatch(/^timeout-chain( \w+)?: \S/);
    expect(io.err).not.toMatch(/\n\s+at /);
  });
});
