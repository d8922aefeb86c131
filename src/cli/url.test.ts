import { describe, expect, it } from 'vitest';
import { decodeShareState } from '../core/share';
import { createFakeIo } from './fake-io';
import { run } from './main';

async function url(args: string[], files: Record<string, string> = {}) {
  const io = createFakeIo(files);
  const code = await run(['url', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('timeout-chain url', () => {
  it('prints a preview URL whose fragment decodes to exactly the chain', async () => {
    const chain =
      'nodes:\n  - tech: aws-alb\n    server-idle: 120s\n  - tech: node-http-server\n    label: api\nlinks: [{ rtt: 3ms }]\n';
    const { code, out } = await url(['edge.chain.yaml'], { 'edge.chain.yaml': chain });
    expect(code).toBe(0);
    const m = /^http:\/\/localhost:4173\/#(v\d+\..+)\n$/.exec(out);
    expect(m).not.toBeNull();
    const decoded = await decodeShareState(m?.[1] ?? '');
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.value.nodes.map((n) => [n.tech, n.label])).toEqual([
      ['aws-alb', undefined],
      ['node-http-server', 'api'],
    ]);
    expect(decoded.value.nodes[0]?.settings['idle_timeout.timeout_seconds']?.value).toBe(120_000);
    expect(decoded.value.links).toEqual([{ rttMs: 3 }]);
  });

  it('uses --base and drops a fragment already in it', async () => {
    const { out } = await url([
      '--base',
      'https://example.org/tc/#old',
      'tech:nginx',
      'tech:gunicorn',
    ]);
    expect(out).toMatch(/^https:\/\/example\.org\/tc\/#v\d+\./);
  });

  it('accepts an http: base with a port and a path', async () => {
    const { code, out } = await url([
      '--base',
      'HTTP://127.0.0.1:8080/app/',
      'tech:nginx',
      'tech:gunicorn',
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^http:\/\/127\.0\.0\.1:8080\/app\/#v\d+\./);
  });

  it.each([
    [['--base', 'not a url', 'tech:nginx'], /--base: "not a url" is not an absolute URL/],
    [['--base', 'javascript:alert(1)//', 'tech:nginx'], /--base must be an http: or https: URL/],
    [['--base', 'file:///srv/app/', 'tech:nginx'], /--base must be an http: or https: URL/],
    [['--base', 'data:text/html,hi', 'tech:nginx'], /--base must be an http: or https: URL/],
    [[], /give the chain/],
    [['tech:nope'], /unknown technology "nope"/],
  ])('%j → exit 2, one line on stderr', async (args, message) => {
    const { code, err } = await url(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });
});
