import { describe, expect, it } from 'vitest';
import { families } from '../testing/scaling/terraform';
import { parseTerraform } from './index';

const family = (name: string) => families.find((f) => f.name.includes(name));
const parseFirst = (name: string, n: number) => {
  const files = family(name)?.make(n) ?? [];
  const [file] = files;
  return file ? parseTerraform(file, { files }) : undefined;
};

/** The sizes that hung or took seconds (issue 11); vitest's time limit catches a regression. */
describe('parseTerraform on large input', () => {
  it('reads 4 000 variables and the resources using them (was 6 s: quadratic)', () => {
    const big = parseFirst('variables plus', 4000);
    expect(big?.nodes).toHaveLength(4000);
    expect(big?.nodes[3999]?.settings['idle_timeout.timeout_seconds']?.value).toBe(4_000_000);
  }, 4000);

  it('survives 10 000 nested parentheses and still reads the rest of the file', () => {
    const text = `resource "aws_lb" "a" {\n  idle_timeout = ${'('.repeat(10_000)}5${')'.repeat(10_000)}\n}\nresource "aws_lb" "b" {\n  idle_timeout = 70\n}\n`;
    const result = parseTerraform({ name: 'main.tf', text }, { files: [] });
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['TF_UNSUPPORTED_EXPRESSION', 2],
    ]);
    expect(result.nodes[1]?.settings['idle_timeout.timeout_seconds']?.value).toBe(70_000);
  }, 4000);

  it('reads 20 000 heredocs in linear time (each closing line found from its body on)', () => {
    const result = parseFirst('heredocs', 20_000);
    expect(result?.diagnostics).toEqual([]);
  }, 4000);
});
