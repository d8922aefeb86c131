import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Chain, ChainNode, SettingScalar } from '../model/chain';
import { ms } from '../model/duration';
import { TECHS } from '../catalog/registry';
import type { SettingDef, TechDef } from '../catalog/types';
import { rangeOf } from '../catalog/setting-range';
import { defaultNodeIds } from './node-ids';
import { parseChainFile } from './parse';
import { serializeChainFile } from './serialize';

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '');

function valueArb(def: SettingDef): fc.Arbitrary<SettingScalar> {
  switch (def.kind) {
    // Values within what the technology accepts (rangeOf): others are read back as unknown.
    case 'duration':
      return fc.option(
        fc.integer({ min: rangeOf(def).min, max: Math.min(10 * 86_400_000, rangeOf(def).max) }),
        { nil: null },
      );
    case 'count':
      return fc.option(
        fc.integer({ min: rangeOf(def).min, max: Math.min(1_000_000, rangeOf(def).max) }),
        { nil: null },
      );
    case 'enum':
      return fc.constantFrom(...(def.enumValues ?? ['x']));
    case 'bool':
      return fc.boolean();
    case 'text':
      return text;
  }
}

const nodeArb = (tech: TechDef) =>
  fc.record(
    {
      version: fc.constantFrom(...tech.versions),
      label: fc.string({ minLength: 1, maxLength: 20 }),
      settings: fc.record(Object.fromEntries(tech.settings.map((s) => [s.key, valueArb(s)])), {
        requiredKeys: [],
      }),
      locked: fc.subarray(
        tech.settings.map((s) => s.key),
        { minLength: 1 },
      ),
      customId: fc.boolean(),
    },
    { requiredKeys: ['settings', 'customId'] },
  );

const chainArb: fc.Arbitrary<Chain> = fc
  .array(fc.constantFrom(...TECHS), { minLength: 1, maxLength: 5 })
  .chain((techs) =>
    fc
      .record({
        nodes: fc.tuple(...techs.map((t) => nodeArb(t))),
        rtts: fc.array(fc.integer({ min: 0, max: 500 }), {
          minLength: techs.length - 1,
          maxLength: techs.length - 1,
        }),
        traffic: fc.option(
          fc.record({
            rps: fc.double({ min: 0, max: 1e5, noNaN: true }),
            nonIdempotentShare: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          { nil: undefined },
        ),
        options: fc.option(
          fc.record(
            {
              safetyMarginMs: fc.integer({ min: 0, max: 60_000 }).map(ms),
              reactionDelayMs: fc.integer({ min: 0, max: 1000 }).map(ms),
            },
            { requiredKeys: [] },
          ),
          { nil: undefined },
        ),
      })
      .map(({ nodes, rtts, traffic, options }) => {
        const ids = defaultNodeIds(techs.map((t) => t.id));
        const chainNodes: ChainNode[] = nodes.map((n, i) => ({
          id: n.customId ? `x${i}` : (ids[i] ?? ''),
          tech: techs[i]?.id ?? '',
          ...(n.version !== undefined ? { version: n.version } : {}),
          ...(n.label !== undefined ? { label: n.label } : {}),
          settings: Object.fromEntries(
            Object.entries(n.settings).map(([k, value]) => [
              k,
              { value: value as SettingScalar, origin: { kind: 'edit' as const } },
            ]),
          ),
          ...(n.locked !== undefined ? { locked: n.locked } : {}),
        }));
        const chain: Chain = { nodes: chainNodes, links: rtts.map((r) => ({ rttMs: ms(r) })) };
        if (traffic) chain.traffic = traffic;
        if (options && Object.keys(options).length > 0) chain.options = options;
        return chain;
      }),
  );

/** A chain's values without origins: what must survive a round trip. */
const valuesOf = (c: Chain) => ({
  ...c,
  nodes: c.nodes.map((n) => ({
    ...n,
    settings: Object.fromEntries(Object.entries(n.settings).map(([k, v]) => [k, v.value])),
  })),
});

describe('serialize ∘ parse', () => {
  test.prop([chainArb], { numRuns: 300 })('gives back the same chain', (chain) => {
    const yaml = serializeChainFile(chain);
    const back = parseChainFile(yaml, 'rt.chain.yaml');
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(valuesOf(back.chain)).toEqual(valuesOf(chain));
    expect(serializeChainFile(back.chain)).toBe(yaml);
  });

  test.prop([fc.string({ maxLength: 300 })], { numRuns: 2000 })(
    'garbage text never throws',
    (s) => {
      const r = parseChainFile(s, 'x.yaml');
      expect(Array.isArray(r.diagnostics)).toBe(true);
    },
  );

  const shaped = fc.record(
    {
      version: fc.anything(),
      nodes: fc.array(
        fc.dictionary(
          fc.constantFrom('tech', 'version', 'server-idle', 'settings', 'locked', 'config', 'x'),
          fc.oneof(fc.anything(), fc.constantFrom('nginx', 'aws-alb@current', '65s', 'none')),
        ),
        { maxLength: 4 },
      ),
      links: fc.anything(),
      traffic: fc.anything(),
      options: fc.anything(),
    },
    { requiredKeys: [] },
  );
  test.prop([shaped], { numRuns: 1000 })('chain-shaped garbage never throws', (obj) => {
    const r = parseChainFile(stringify(obj), 'x.chain.yaml');
    expect(r.chain.links.length).toBe(Math.max(r.chain.nodes.length - 1, 0));
  });
});

describe('serializeChainFile', () => {
  it('writes only what is set, with role shorthands and units', () => {
    const chain: Chain = {
      nodes: [
        {
          id: 'aws-alb',
          tech: 'aws-alb',
          settings: {
            'idle_timeout.timeout_seconds': { value: 120_000, origin: { kind: 'edit' } },
          },
        },
        {
          id: 'app',
          tech: 'node-http-server',
          settings: { 'server.headersTimeout': { value: 66_000, origin: { kind: 'edit' } } },
          locked: ['server.keepAliveTimeout'],
        },
      ],
      links: [{ rttMs: ms(1) }],
    };
    expect(serializeChainFile(chain, { schemaUrl: './schema/chain.schema.json' })).toBe(
      [
        '# yaml-language-server: $schema=./schema/chain.schema.json',
        'version: 1',
        'nodes:',
        '  - tech: aws-alb',
        '    server-idle: 2m',
        '  - tech: node-http-server',
        '    id: app',
        '    request-timeout: 66s',
        '    locked: [ server.keepAliveTimeout ]',
        '',
      ].join('\n'),
    );
  });
});

describe('a node with a client part (one process, two technologies)', () => {
  it('writes and reads back the part with its values', () => {
    const edit = { kind: 'edit' as const };
    const chain = {
      nodes: [
        { id: 'aws-alb', tech: 'aws-alb', settings: {} },
        {
          id: 'go-http-server',
          tech: 'go-http-server',
          label: 'Go API',
          settings: { IdleTimeout: { value: 75_000, origin: edit } },
          client: {
            tech: 'go-transport',
            settings: { IdleConnTimeout: { value: 55_000, origin: edit } },
            locked: ['IdleConnTimeout'],
          },
        },
      ],
      links: [{ rttMs: ms(1) }],
    };
    const written = serializeChainFile(chain);
    expect(written).toContain('client:');
    const back = parseChainFile(written, 'x.chain.yaml');
    expect(back.diagnostics).toEqual([]);
    expect(back.chain.nodes[1]?.client).toMatchObject({
      tech: 'go-transport',
      settings: { IdleConnTimeout: { value: 55_000 } },
      locked: ['IdleConnTimeout'],
    });
  });
});
