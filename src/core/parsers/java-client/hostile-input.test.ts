import { describe, expect, it } from 'vitest';
import { detectJavaClient, parseJavaClient } from './index';

/** Issue 11 sizes that hung or took seconds; each must now finish well under a second. */
const timed = <T>(f: () => T): { value: T; ms: number } => {
  const started = performance.now();
  const value = f();
  return { value, ms: performance.now() - started };
};
const CLIENT =
  '\nCloseableHttpClient other = HttpClients.custom().evictIdleConnections(TimeValue.ofSeconds(10)).build();\n';

describe('Java client parser on hostile input', () => {
  it('10 000 chained builder calls (was 15 s)', () => {
    const calls = '\n    .evictIdleConnections(TimeValue.ofSeconds(7))'.repeat(10_000);
    const text = `CloseableHttpClient client = HttpClients.custom()${calls}\n    .build();\n`;
    const { value, ms } = timed(() => parseJavaClient({ name: 'Client.java', text }));
    expect(ms).toBeLessThan(1500);
    const client = value.nodes.find((n) => n.scope === 'client');
    expect(client?.settings['evictIdleConnections']?.value).toBe(7000);
  });

  it('10 000 nested parentheses in a value: no lost file, the rest is read', () => {
    const text = `HttpClients.custom().evictIdleConnections(TimeValue.ofSeconds(${'('.repeat(10_000)}1${')'.repeat(10_000)})).build();${CLIENT}`;
    const { value, ms } = timed(() => parseJavaClient({ name: 'Client.java', text }));
    expect(ms).toBeLessThan(1500);
    expect(value.diagnostics.map((d) => d.code)).toEqual(['JAVA_UNRESOLVED_EXPRESSION']);
    const other = value.nodes.find((n) => n.scope === 'other');
    expect(other?.settings['evictIdleConnections']?.value).toBe(10_000);
  });

  it.each(['\u2028', ' \n', '\n', '\t'])('detects 64 KB of %j in linear time (was 5 s)', (ws) => {
    const text = ws.repeat(65_536 / ws.length);
    const { value, ms } = timed(() => detectJavaClient(text, 'pasted'));
    expect(ms).toBeLessThan(500);
    expect(value).toBe(0);
  });
});
