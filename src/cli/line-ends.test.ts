import { describe, expect, it } from 'vitest';
import { createFakeIo } from './fake-io';
import { formatDiagnostic } from './format/diagnostics';
import { run } from './main';

const CONFIG_MAP = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: ingress-nginx-controller',
  'data:',
  '  keep-alive: "620"',
  '  upstream-keepalive-timeout: "abc"',
  '',
];
const CHAIN = [
  '# edge',
  'nodes:',
  '  - tech: aws-alb',
  '  - tech: nginx',
  '    server-idle: 65s',
  '    bogus: 1',
  '',
];

interface Extracted {
  files: {
    nodes: { settings: { name: string; ms?: number; line?: number; column?: number }[] }[];
    diagnostics: { code: string; line: number; column: number }[];
  }[];
}

describe.each([
  ['CR', '\r'],
  ['CRLF', '\r\n'],
  ['LF', '\n'],
])('%s line ends', (_, eol) => {
  it('extract gives the line each setting and diagnostic is on', async () => {
    const io = createFakeIo({ 'ingress.yaml': CONFIG_MAP.join(eol) });
    await run(['extract', 'ingress.yaml'], io);
    const file = (JSON.parse(io.out) as Extracted).files[0];
    const keepAlive = file?.nodes[0]?.settings.find((s) => s.name === 'keep-alive');
    expect(keepAlive).toMatchObject({ ms: 620_000, line: 6, column: 3 });
    expect(file?.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'INGRESS_BAD_VALUE', line: 7 }),
    );
  });

  it('a chain file is read line by line, and its diagnostics say which line', async () => {
    const io = createFakeIo({ 'edge.chain.yaml': CHAIN.join(eol) });
    expect(await run(['check', 'edge.chain.yaml'], io)).toBe(2);
    expect(io.err).toMatch(/edge\.chain\.yaml:6:5: error CHAIN_UNKNOWN_KEY/);
  });
});

describe('formatDiagnostic', () => {
  it('keeps a diagnostic on one line when its message quotes a line end', () => {
    const d = {
      code: 'X',
      severity: 'error' as const,
      message: 'bad "a\rb\u2028c"',
      line: 2,
      column: 1,
    };
    expect(formatDiagnostic(d, 'f')).toBe('f:2:1: error X bad "a b c"');
  });
});
