import { describe, expect, it } from 'vitest';
import { detectTerraform, parseTerraform } from './index';

describe('detectTerraform', () => {
  it('is sure of AWS load balancer resources', () => {
    expect(detectTerraform('resource "aws_lb" "main" {\n}\n')).toBeGreaterThanOrEqual(0.95);
    expect(detectTerraform('resource "aws_cloudfront_distribution" "x" {}')).toBeGreaterThanOrEqual(
      0.95,
    );
    expect(detectTerraform('variable "x" {\n  default = 1\n}\n', 'variables.tf')).toBeGreaterThan(
      0.5,
    );
  });

  it('says 0 for other formats, even with a .tf name hint absent', () => {
    expect(detectTerraform('server.tomcat.keep-alive-timeout=5s')).toBe(0);
    expect(detectTerraform('http {\n  keepalive_timeout 65;\n}')).toBe(0);
    expect(detectTerraform('apiVersion: v1\nkind: Service\n')).toBe(0);
  });
});

describe('parseTerraform', () => {
  it('gives line and column of the argument', () => {
    const r = parseTerraform(
      { name: 'main.tf', text: 'resource "aws_lb" "x" {\n    idle_timeout = 61\n}\n' },
      { files: [] },
    );
    expect(r.nodes[0]?.settings['idle_timeout.timeout_seconds']).toEqual({
      value: 61000,
      origin: { kind: 'explicit', file: 'main.tf', line: 2, column: 5, setting: 'idle_timeout' },
    });
  });

  it('accepts a one-line block and a bare fragment of arguments', () => {
    const r = parseTerraform(
      { name: 'p', text: 'resource "aws_lb" "x" { idle_timeout = 7 }' },
      { files: [] },
    );
    expect(r.nodes[0]?.settings['idle_timeout.timeout_seconds']?.value).toBe(7000);
    expect(r.diagnostics).toEqual([]);
  });
});
