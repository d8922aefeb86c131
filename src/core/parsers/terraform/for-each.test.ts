import { describe, expect, it } from 'vitest';
import { parseTerraform } from './index';

const scopes = (text: string) =>
  parseTerraform({ name: 'main.tf', text }, { files: [] }).nodes.map((n) => [
    n.scope,
    n.settings['idle_timeout.timeout_seconds']?.value,
  ]);

describe('for_each on load balancers', () => {
  it('reads a set once per distinct name', () =>
    expect(
      scopes(
        'resource "aws_lb" "a" {\n  for_each = toset(["x", "y", "x"])\n  idle_timeout = 90\n}\n',
      ),
    ).toEqual([
      ['aws_lb.a["x"]', 90000],
      ['aws_lb.a["y"]', 90000],
    ]));

  it('reads a set whose names are not known here as one block', () =>
    expect(
      scopes(
        'resource "aws_lb" "a" {\n  for_each = toset(["${var.env}-a", "b"])\n  idle_timeout = 90\n}\n',
      ),
    ).toEqual([['aws_lb.a', 90000]]));
});
