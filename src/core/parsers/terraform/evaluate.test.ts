import { describe, expect, it } from 'vitest';
import { evaluate, type Resolve } from './evaluate';
import { lexHcl } from './lexer';

const tokens = (expr: string) => lexHcl(expr).tokens.filter((t) => t.kind !== 'newline');
const env: Record<string, string> = {
  'var.idle': '600',
  'var.m': '5',
  'local.a': 'local.b',
  'local.b': 'local.a',
  'local.s': '"120"',
  'var.tls': 'true',
  'var.env': '"prod"',
};
const resolve: Resolve = (ns, name) => {
  const src = env[`${ns}.${name}`];
  return src === undefined ? undefined : tokens(src);
};
const ev = (expr: string) => evaluate(tokens(expr), resolve);

describe('evaluate', () => {
  it('reads literals', () => {
    expect(ev('60')).toEqual({ kind: 'number', value: 60 });
    expect(ev('"network"')).toEqual({ kind: 'string', value: 'network' });
    expect(ev('true')).toEqual({ kind: 'bool', value: true });
    expect(ev('null')).toEqual({ kind: 'null' });
  });

  it('resolves references, also inside "${…}" and arithmetic', () => {
    expect(ev('var.idle')).toEqual({ kind: 'number', value: 600 });
    expect(ev('"${var.idle}"')).toEqual({ kind: 'number', value: 600 });
    expect(ev('var.m * 60 + 1')).toEqual({ kind: 'number', value: 301 });
    expect(ev('local.s')).toEqual({ kind: 'string', value: '120' });
  });

  it('names what it cannot resolve and stops on cycles', () => {
    expect(ev('var.nope')).toEqual({ kind: 'unknown', reason: 'variable', name: 'nope' });
    expect(ev('local.nope * 2')).toEqual({ kind: 'unknown', reason: 'local', name: 'nope' });
    expect(ev('local.a')).toEqual({ kind: 'unknown', reason: 'complex' });
    expect(ev('max(1, 2)')).toEqual({ kind: 'unknown', reason: 'complex' });
    expect(ev('"a-${var.idle}"')).toEqual({ kind: 'unknown', reason: 'complex' });
  });

  it('picks the branch of a conditional whose condition is known', () => {
    expect(ev('var.tls ? "network" : "application"')).toEqual({ kind: 'string', value: 'network' });
    expect(ev('var.env == "prod" ? var.idle : 60')).toEqual({ kind: 'number', value: 600 });
    expect(ev('var.env != "prod" ? 30 : var.m * 60')).toEqual({ kind: 'number', value: 300 });
    expect(ev('var.tls ? (var.env == "dev" ? 1 : 2) : 3')).toEqual({ kind: 'number', value: 2 });
    expect(ev('var.nope ? 1 : 2')).toEqual({ kind: 'unknown', reason: 'variable', name: 'nope' });
    expect(ev('var.tls ? 1')).toEqual({ kind: 'unknown', reason: 'complex' });
  });
});
