import { describe, expect, it } from 'vitest';
import { createFakeIo } from './fake-io';
import { run } from './main';

/** 160 000 nodes that are not mappings: one CHAIN_WRONG_TYPE each, past where `push(...many)` overflowed. */
const CHAIN = `nodes:\n${'  - 1\n'.repeat(160_000)}`;
/** The same count from a config file (gunicorn), which `check` reads next to a chain node. */
const GUNICORN = 'keepalive = x\n'.repeat(160_000);

describe('a file with more than 150 000 diagnostics', () => {
  it('check reports a chain file’s first 1 000 and a summary per code, without an internal error', async () => {
    const io = createFakeIo({ 'edge.chain.yaml': CHAIN });
    expect(await run(['check', 'edge.chain.yaml'], io)).toBe(2);
    expect(io.err).not.toMatch(/internal error|call stack/);
    expect(io.err).toMatch(
      /edge\.chain\.yaml:1002:5: error CHAIN_WRONG_TYPE and 159000 more of this code in this file/,
    );
    expect(io.err.split('\n').length).toBeLessThan(1100);
  }, 60_000);

  it.each([['text'], ['json'], ['sarif']])(
    'check --format %s with a config file of 160 000 diagnostics',
    async (format) => {
      const io = createFakeIo({ 'gunicorn.conf.py': GUNICORN });
      const code = await run(['check', 'tech:aws-alb', 'gunicorn.conf.py', '--format', format], io);
      expect(io.err).not.toMatch(/internal error|call stack/);
      expect(code).not.toBe(2);
      // SARIF lists findings only; text and JSON list the import diagnostics too.
      if (format === 'sarif') expect(JSON.parse(io.out)).toHaveProperty('runs');
      // Capped here or by the parser itself: never 160 000 diagnostics printed.
      else expect(io.out.length).toBeLessThan(1_000_000);
    },
    60_000,
  );

  it('extract lists them capped too', async () => {
    const io = createFakeIo({ 'edge.chain.yaml': CHAIN });
    await run(['extract', 'edge.chain.yaml'], io);
    const json = JSON.parse(io.out) as { files: { diagnostics: { code: string }[] }[] };
    expect(json.files[0]?.diagnostics).toHaveLength(1001);
  }, 60_000);
});
