import { describe, expect, it } from 'vitest';
import { parseNginx } from './index';

interface Generator {
  generateBigNginx: (options?: { upstreams?: number; servers?: number }) => string;
}

/** The same generator the lead runs next to `nginx -t` (scripts/gen-big-nginx.mjs). */
const SCRIPT = new URL('../../../../scripts/gen-big-nginx.mjs', import.meta.url).href;

describe('nginx parser performance', () => {
  it('extracts a generated 85 000-line nginx.conf in well under a second', async () => {
    const { generateBigNginx } = (await import(/* @vite-ignore */ SCRIPT)) as Generator;
    const text = generateBigNginx();
    expect(text.split('\n').length).toBeGreaterThan(84_000);
    parseNginx(
      { name: 'warm-up.conf', text: generateBigNginx({ upstreams: 5, servers: 50 }) },
      { files: [] },
    );

    // CPU time rather than wall time: other jobs on a shared 2-core machine must not fail the test.
    const cpuBefore = process.cpuUsage();
    const result = parseNginx({ name: 'nginx.conf', text }, { files: [] });
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;

    expect(result.diagnostics).toEqual([]);
    expect(result.nodes).toHaveLength(5000);
    const last = result.nodes[result.nodes.length - 1];
    expect(last?.scope).toBe('server site-4499.example.com:8049');
    expect(last?.upstreams).toEqual(['upstream backend_499']);
    expect(last?.settings['proxy_read_timeout']?.value).toBe((30 + (4499 % 90)) * 1000);
    // Target is well under a second on a laptop; the bound leaves room for a busy 2-core CI box.
    expect(cpuMs).toBeLessThan(2000);
  });
});
