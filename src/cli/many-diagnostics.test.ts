import { describe, expect, it } from 'vitest';
import { createFakeIo } from './fake-io';
import { run } from './main';

/** 160 000 bad, duplicate durations: two diagnostics each, past where `push(...many)` overflowed the stack. */
const CONF = `http {\n${'keepalive_timeout x;\n'.repeat(160_000)}  server { listen 80; }\n}\n`;

describe('a file with more than 150 000 diagnostics', () => {
  it.each([['text'], ['json'], ['sarif']])(
    'check --format %s reports the first 1 000 and a summary per code',
    async (format) => {
      const io = createFakeIo({ 'a.conf': CONF });
      const code = await run(['check', 'tech:aws-alb', 'a.conf', '--format', format], io);
      expect(io.err).not.toMatch(/internal error|call stack/);
      expect(code).not.toBe(2);
      // SARIF lists findings only; text and JSON list the import diagnostics too.
      if (format === 'sarif') expect(JSON.parse(io.out)).toHaveProperty('runs');
      else expect(io.out).toMatch(/and 159500 more of this code in this file/);
      expect(io.out.length).toBeLessThan(2_000_000);
    },
    60_000,
  );

  it('extract lists them capped too', async () => {
    const io = createFakeIo({ 'a.conf': CONF });
    await run(['extract', 'a.conf'], io);
    const json = JSON.parse(io.out) as { files: { diagnostics: { code: string }[] }[] };
    expect(json.files[0]?.diagnostics).toHaveLength(1002);
  }, 60_000);
});
