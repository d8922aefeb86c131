import { describe, expect, it } from 'vitest';
import { LineIndex } from '../source/line-index';
import { ms } from './duration';
import { describeOrigin } from './origin';
import { compareVersions, inVersionRange } from './version';

describe('LineIndex', () => {
  const idx = new LineIndex('ab\ncde\n\nf');
  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [7, 3, 1],
    [8, 4, 1],
  ])('offset %d → %d:%d', (offset, line, column) => {
    expect(idx.position(offset)).toEqual({ line, column });
  });
});

describe('versions', () => {
  it('compares numerically', () => {
    expect(compareVersions('1.29.7', '1.9.10')).toBeGreaterThan(0);
    expect(compareVersions('1.19.10', '1.19.10')).toBe(0);
    expect(compareVersions('20', '24.6.0')).toBeLessThan(0);
    expect(compareVersions('6.14.1-rc1', '6.14.1')).toBe(0);
  });
  it('checks half-open ranges', () => {
    expect(inVersionRange('1.29.7', '1.29.7')).toBe(true);
    expect(inVersionRange('1.29.6', '1.29.7')).toBe(false);
    expect(inVersionRange('1.29.7', undefined, '1.29.7')).toBe(false);
    expect(inVersionRange('1.28.0', '1.15.3', '1.29.7')).toBe(true);
  });
});

describe('describeOrigin', () => {
  it('names every kind for people', () => {
    expect(
      describeOrigin({
        kind: 'explicit',
        file: 'nginx.conf',
        line: 12,
        setting: 'keepalive_timeout',
      }),
    ).toBe('nginx.conf:12');
    expect(
      describeOrigin({ kind: 'default', tech: 'nginx', versions: 'since 1.15.3', source: 'x' }),
    ).toBe('nginx default (since 1.15.3)');
    expect(
      describeOrigin({ kind: 'default', tech: 'aws-alb', source: 'x', assumption: true }),
    ).toContain('assumption');
    expect(
      describeOrigin({
        kind: 'fallback',
        from: 'ReadTimeout',
        via: { kind: 'explicit', file: 'main.go', line: 3, setting: 'ReadTimeout' },
      }),
    ).toBe('fallback from ReadTimeout (main.go:3)');
    expect(
      describeOrigin({ kind: 'hint', hintMs: ms(5000), marginMs: ms(2000), from: 'app' }),
    ).toBe('Keep-Alive hint timeout=5 s from app, minus 2 s');
    expect(describeOrigin({ kind: 'edit' })).toBe('edited');
  });
});
