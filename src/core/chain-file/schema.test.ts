import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../model/duration';
import { TECHS } from '../catalog/registry';
import { buildChainSchema } from './schema';

type Json = Record<string, unknown>;
const schema = buildChainSchema();
const at = (obj: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)?.[k], obj);

const pattern = (name: 'duration' | 'finiteDuration') =>
  new RegExp(at(schema, 'definitions', name, 'anyOf', 0, 'pattern') as string);

describe('buildChainSchema', () => {
  it('lists every technology and, per technology, exactly its catalog setting keys', () => {
    const node = at(schema, 'properties', 'nodes', 'items');
    expect(at(node, 'properties', 'tech', 'anyOf', 0, 'enum')).toEqual(TECHS.map((t) => t.id));
    const rules = at(node, 'allOf') as Json[];
    expect(rules).toHaveLength(TECHS.length);
    for (const [i, tech] of TECHS.entries()) {
      const rule = rules[i];
      expect(
        new RegExp(at(rule, 'if', 'properties', 'tech', 'pattern') as string).test(
          `${tech.id}@1.2`,
        ),
      ).toBe(true);
      const keys = Object.keys(at(rule, 'then', 'properties', 'settings', 'properties') as Json);
      expect(keys).toEqual(tech.settings.map((s) => s.key));
    }
  });

  it('does not let one technology id pattern match another', () => {
    const rules = at(schema, 'properties', 'nodes', 'items', 'allOf') as Json[];
    const nginx = new RegExp(
      at(
        rules[TECHS.findIndex((t) => t.id === 'nginx')],
        'if',
        'properties',
        'tech',
        'pattern',
      ) as string,
    );
    expect(nginx.test('ingress-nginx')).toBe(false);
    expect(nginx.test('nginx@1.29.7')).toBe(true);
  });

  it.each(['65s', '1m30s', '500ms', '2h', '1.5s', '90000', 'none', '0'])(
    'accepts %s as a duration',
    (s) => {
      expect(pattern('duration').test(s)).toBe(true);
    },
  );

  it.each(['65x', 'soon', '', '-5s', '1s1m', '1m1m', 'PT', 'P'])(
    'rejects %s as a duration',
    (s) => {
      expect(pattern('duration').test(s)).toBe(false);
    },
  );

  it('has no "none" for finite durations (rtt, options)', () => {
    expect(pattern('finiteDuration').test('none')).toBe(false);
    expect(pattern('finiteDuration').test('2ms')).toBe(true);
  });

  test.prop(
    [
      fc.oneof(
        fc.stringMatching(/^[0-9a-z. ]{1,8}$/),
        fc.stringMatching(/^([0-9]{1,3}(\.[0-9])?(d|h|min|m|s|ms|us|ns)){1,4}$/),
        fc.stringMatching(/^P[0-9DTHMS.]{0,6}$/),
      ),
    ],
    { numRuns: 3000 },
  )('what the pattern accepts, the parser reads', (s) => {
    if (pattern('duration').test(s)) expect(parseDuration(s, 'human').ok).toBe(true);
  });
});
