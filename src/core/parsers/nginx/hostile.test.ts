import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../types';
import { families } from '../testing/scaling/nginx';
import { MAX_PER_CODE } from './diagnostics';
import { INCLUDE_BUDGET } from './includes';
import { parseNginx } from './index';

/** Parses family `name` at size n; returns the result and the CPU time it took (ms). */
function run(name: string, n: number): { result: ParseResult; cpuMs: number } {
  const family = families.find((f) => f.name === name);
  if (!family) throw new Error(`no family ${name}`);
  const [main, ...rest] = family.make(n);
  if (!main) throw new Error(`family ${name} made no files`);
  const before = process.cpuUsage();
  const result = parseNginx(main, { files: [main, ...rest] });
  const cpu = process.cpuUsage(before);
  return { result, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const codes = (r: ParseResult) => r.diagnostics.map((d) => d.code);

// Each case hung or took seconds before (issue 11 §2); the bound leaves room for a busy machine.
describe('nginx on hostile input', () => {
  it('matches an include glob of 2 000 stars without backtracking (60 stars hung)', () => {
    const { result, cpuMs } = run('nginx include glob stars', 2000);
    expect(result.nodes[0]?.settings['keepalive_timeout']?.value).toBe(5000);
    expect(cpuMs).toBeLessThan(1000);
  });

  it('stops a doubling include chain at its budget (20 levels: 15 s, a million diagnostics)', () => {
    const { result, cpuMs } = run('nginx include fan-out', 20);
    expect(codes(result)).toContain('NGINX_INCLUDE_BUDGET');
    expect(result.diagnostics.length).toBeLessThan(3 * MAX_PER_CODE);
    expect(result.nodes[0]?.settings['keepalive_timeout']?.value).toBe(5000);
    expect(INCLUDE_BUDGET.expansions).toBeLessThanOrEqual(10_000);
    expect(cpuMs).toBeLessThan(1500);
  });

  it('resolves 4 000 include lines in one file in linear time', () => {
    const { result, cpuMs } = run('nginx many includes', 2000);
    expect(result.nodes.filter((n) => n.scope.startsWith('server'))).toHaveLength(2000);
    expect(codes(result).filter((c) => c === 'NGINX_INCLUDE_NOT_FOUND')).toHaveLength(
      MAX_PER_CODE + 1,
    );
    expect(cpuMs).toBeLessThan(1500);
  });

  it('reads 1 MB of quotes quickly and reports them capped (took 2.6 s)', () => {
    const { result, cpuMs } = run('nginx quote storm', 16_384);
    const storm = result.diagnostics.filter((d) => d.code === 'NGINX_UNEXPECTED_CHARACTER');
    expect(storm).toHaveLength(MAX_PER_CODE + 1);
    expect(storm[storm.length - 1]?.message).toMatch(/and 524187 more/);
    expect(cpuMs).toBeLessThan(1000);
  });

  it('reads 20 000 unterminated strings, each ended at its line', () => {
    const { result, cpuMs } = run('nginx unterminated strings', 20_000);
    expect(codes(result).filter((c) => c === 'NGINX_UNTERMINATED_STRING')).toHaveLength(
      MAX_PER_CODE + 1,
    );
    expect(cpuMs).toBeLessThan(1000);
  });
});
