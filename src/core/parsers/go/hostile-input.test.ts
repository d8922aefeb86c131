import { describe, expect, it } from 'vitest';
import { detectGo, parseGo } from './index';

/** Issue 11 sizes that hung or took seconds; each must now finish well under a second. */
const timed = <T>(f: () => T): { value: T; ms: number } => {
  const started = performance.now();
  const value = f();
  return { value, ms: performance.now() - started };
};
const SERVER = '\nsrv := &http.Server{IdleTimeout: 5 * time.Second}\n';

describe('Go parser on hostile input', () => {
  it.each([1_000, 10_000])('%i nested struct literals (was 4 s at 1 000)', (n) => {
    const text = `x := ${'&http.Client{Transport: &T{A: '.repeat(n)}1${'}}'.repeat(n)}${SERVER}`;
    const { value, ms } = timed(() => parseGo({ name: 'main.go', text }));
    // Linear: ~0.2 s at 1 000 levels (was 16 s); room for a loaded CI machine.
    expect(ms).toBeLessThan(Math.max(1500, n * 0.5));
    expect(value.nodes.find((x) => x.scope === 'srv')?.settings['IdleTimeout']?.value).toBe(5000);
  });

  it('1 000 nested http.Server literals (was 4.6 s)', () => {
    const text = `x := ${'http.Server{Handler: '.repeat(1000)}1${'}'.repeat(1000)}`;
    const { value, ms } = timed(() => parseGo({ name: 'main.go', text }));
    expect(ms).toBeLessThan(1500);
    expect(value.diagnostics.filter((d) => d.code === 'GO_INTERNAL_ERROR')).toEqual([]);
  });

  it('10 000 nested parentheses in a value: no lost file, the rest is read', () => {
    const text = `a := &http.Server{IdleTimeout: ${'('.repeat(10_000)}1${')'.repeat(10_000)}}${SERVER}`;
    const { value, ms } = timed(() => parseGo({ name: 'main.go', text }));
    expect(ms).toBeLessThan(1500);
    expect(value.diagnostics.map((d) => d.code)).toEqual(['GO_UNRESOLVED_EXPRESSION']);
    expect(value.nodes.find((x) => x.scope === 'srv')?.settings['IdleTimeout']?.value).toBe(5000);
  });

  it.each(['\u2028', ' \n', '\n', '\t'])('detects 64 KB of %j in linear time (was 5 s)', (ws) => {
    const text = ws.repeat(65_536 / ws.length);
    const { value, ms } = timed(() => detectGo(text, 'pasted'));
    expect(ms).toBeLessThan(500);
    expect(value).toBe(0);
  });
});
