import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { TECHS } from '../catalog/registry';
import type { SettingDef, TechDef } from '../catalog/types';
import type { Chain, ChainNode, SettingInput, SettingScalar } from '../model/chain';
import { ms } from '../model/duration';
import type { Origin } from '../model/origin';
import { encodeBase64Url } from './base64url';
import { deflateRaw } from './compress';
import { chainToShareJson } from './chain-json';
import { decodeShareDocument, decodeShareState, encodeShareState } from './codec';
import { SHARE_VERSION } from './migrate';
import { readShareJson } from './read-share-json';

/** A value written in a config but unresolved: any kind of setting can hold one. */
const unknownArb: fc.Arbitrary<SettingScalar> = fc
  .record({ unknown: fc.string({ maxLength: 40 }), reason: fc.string({ maxLength: 60 }) })
  .map((u) => u);

const valueOf = (def: SettingDef): fc.Arbitrary<SettingScalar> =>
  fc.oneof({ weight: 5, arbitrary: knownValueOf(def) }, { weight: 1, arbitrary: unknownArb });

const knownValueOf = (def: SettingDef): fc.Arbitrary<SettingScalar> => {
  switch (def.kind) {
    case 'duration':
    case 'count':
      return fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null });
    case 'enum':
      return fc.constantFrom(...(def.enumValues ?? ['x']));
    case 'bool':
      return fc.boolean();
    case 'text':
      return fc.string({ maxLength: 40 });
  }
};

const originArb: fc.Arbitrary<Origin> = fc.oneof(
  fc.constant<Origin>({ kind: 'edit' }),
  fc.record({ note: fc.string({ maxLength: 60 }) }).map((r): Origin => ({ kind: 'fix', ...r })),
  fc
    .record({
      file: fc.string({ maxLength: 30 }),
      line: fc.integer({ min: 1, max: 100_000 }),
      column: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
      setting: fc.string({ maxLength: 30 }),
    })
    .map(({ column, ...r }): Origin => ({
      kind: 'explicit',
      ...r,
      ...(column !== undefined ? { column } : {}),
    })),
);

const nodeArb = (tech: TechDef, id: string): fc.Arbitrary<ChainNode> =>
  fc
    .record({
      picked: fc.subarray([...tech.settings]),
      version: fc.option(fc.constantFrom(...tech.versions), { nil: undefined }),
      label: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
      lockMask: fc.array(fc.boolean(), {
        minLength: tech.settings.length,
        maxLength: tech.settings.length,
      }),
    })
    .chain(({ picked, version, label, lockMask }) =>
      fc
        .tuple(...picked.map((d) => fc.record({ value: valueOf(d), origin: originArb })))
        .map((inputs): ChainNode => {
          const settings: Record<string, SettingInput> = {};
          picked.forEach((d, i) => {
            const input = inputs[i];
            if (input) settings[d.key] = input;
          });
          const locked = tech.settings.filter((_, i) => lockMask[i]).map((s) => s.key);
          return {
            id,
            tech: tech.id,
            ...(version !== undefined ? { version } : {}),
            ...(label !== undefined ? { label } : {}),
            settings,
            ...(locked.length > 0 ? { locked } : {}),
          };
        }),
    );

const chainArb: fc.Arbitrary<Chain> = fc
  .array(fc.constantFrom(...TECHS), { maxLength: 6 })
  .chain((techs) =>
    fc.tuple(
      techs.length === 0
        ? fc.constant([])
        : fc.tuple(...techs.map((t, i) => nodeArb(t, `n${i + 1}`))),
      fc.array(fc.integer({ min: 0, max: 60_000 }), {
        minLength: Math.max(0, techs.length - 1),
        maxLength: Math.max(0, techs.length - 1),
      }),
      fc.option(
        fc.record({
          rps: fc.integer({ min: 0, max: 100_000 }),
          nonIdempotentShare: fc.constantFrom(0, 0.25, 1),
        }),
        { nil: undefined },
      ),
    ),
  )
  .chain(([nodes, rtts, traffic]) =>
    // Some nodes get a client part: another technology of the same process.
    fc
      .tuple(
        ...nodes.map((n) =>
          fc
            .option(fc.constantFrom(...TECHS), { freq: 4, nil: undefined })
            .chain((t) => (t ? nodeArb(t, n.id).map((p) => p) : fc.constant(undefined))),
        ),
      )
      .map(
        (parts) =>
          [
            nodes.map((n, i) => {
              const p = parts[i];
              return p
                ? {
                    ...n,
                    client: {
                      tech: p.tech,
                      ...(p.version !== undefined ? { version: p.version } : {}),
                      settings: p.settings,
                      ...(p.locked ? { locked: p.locked } : {}),
                    },
                  }
                : n;
            }),
            rtts,
            traffic,
          ] as const,
      ),
  )
  .map(([nodes, rtts, traffic]) => ({
    nodes: [...nodes],
    links: rtts.map((r) => ({ rttMs: ms(r) })),
    ...(traffic ? { traffic } : {}),
  }));

const fragmentOf = async (json: unknown, version = 1) =>
  `v${version}.${encodeBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(json))))}`;

const errorOf = async (fragment: string) => {
  const r = await decodeShareState(fragment);
  return r.ok ? 'decoded' : r.error;
};

describe('share codec: round trips', () => {
  test.prop([chainArb], { numRuns: 150 })('decode ∘ encode is identity', async (chain) => {
    const fragment = await encodeShareState(chain);
    expect(fragment).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
    expect(await decodeShareState(fragment)).toEqual({ ok: true, value: chain });
  });

  it('carries config text only when asked', async () => {
    const chain: Chain = { nodes: [{ id: 'a', tech: 'nginx', settings: {} }], links: [] };
    const without = await decodeShareDocument(await encodeShareState(chain));
    expect(without.ok && without.value.sources).toBeUndefined();
    const sources = [{ name: 'nginx.conf', text: 'keepalive_timeout 65s;\n' }];
    const withText = await decodeShareDocument(await encodeShareState(chain, { sources }));
    expect(withText).toEqual({ ok: true, value: { chain, sources } });
  });

  it('accepts a leading # and keeps a 3-node chain short', async () => {
    const chain: Chain = {
      nodes: [
        { id: 'alb', tech: 'aws-alb', settings: {} },
        {
          id: 'app',
          tech: 'node-http-server',
          settings: { 'server.keepAliveTimeout': { value: 65000, origin: { kind: 'edit' } } },
        },
      ],
      links: [{ rttMs: ms(1) }],
    };
    const fragment = await encodeShareState(chain);
    expect(fragment.length).toBeLessThan(150);
    expect(await decodeShareState(`#${fragment}`)).toEqual({ ok: true, value: chain });
  });
});

describe('share codec: hostile input', () => {
  test.prop([fc.string({ maxLength: 300 })], { numRuns: 500 })(
    'random text never throws',
    async (s) => {
      const r = await decodeShareState(s);
      expect(typeof r.ok).toBe('boolean');
    },
  );

  test.prop([chainArb, fc.nat(), fc.integer({ min: 0, max: 63 })], { numRuns: 150 })(
    'mutated and truncated fragments never throw',
    async (chain, at, code) => {
      const fragment = await encodeShareState(chain);
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const i = 3 + (at % Math.max(1, fragment.length - 3));
      const mutated = fragment.slice(0, i) + alphabet[code] + fragment.slice(i + 1);
      for (const f of [mutated, fragment.slice(0, i)]) {
        const r = await decodeShareState(f);
        if (r.ok) expect(r.value.links).toHaveLength(Math.max(0, r.value.nodes.length - 1));
        else expect(r.error).toMatch(/^The link/);
      }
    },
  );

  it.each([
    ['', /does not hold a chain/],
    ['hello', /does not hold a chain/],
    ['v1.***', /not base64url/],
    ['v1.A', /truncated/],
    ['v1.AAAA', /compressed data|JSON/],
    ['v9.AAAA', /newer version/],
  ])('%j is refused with a clear message', async (fragment, message) => {
    expect(await errorOf(fragment)).toMatch(message);
  });

  it('names the failing path of an invalid chain', async () => {
    expect(
      await errorOf(
        await fragmentOf({ n: [{ i: 'a', t: 'nginx', s: { keepalive_timeout: 'soon' } }], r: [] }),
      ),
    ).toBe(
      'The link cannot be opened: node 1\'s setting "keepalive_timeout": expected a number or null.',
    );
    expect(
      await errorOf(await fragmentOf({ n: [{ i: 'a', t: 'nginx', s: { nope: 1 } }], r: [] })),
    ).toMatch(/node 1's setting "nope": nginx has no such setting/);
    expect(await errorOf(await fragmentOf({ n: [{ i: 'a', t: 'NGINX' }], r: [] }))).toMatch(
      /^The link cannot be opened: node 1's technology id is not valid \("NGINX"\)\.$/,
    );
    expect(await errorOf(await fragmentOf({ n: [{ i: 'a', t: 'nginx' }], r: [5] }))).toMatch(
      /1 round-trip times for 1 nodes \(expected 0\)/,
    );
    expect(await errorOf(await fragmentOf({ n: [], r: [], evil: true }))).toBe(
      'The link cannot be opened: the link has a field this version does not know ("evil").',
    );
    expect(
      await errorOf(
        await fragmentOf({
          n: [
            { i: 'a', t: 'nginx' },
            { i: 'a', t: 'nginx' },
          ],
          r: [1],
        }),
      ),
    ).toMatch(/used twice/);
  });

  it('opens a link older versions made past the chain limits, shortened, saying what changed', async () => {
    const nodes = Array.from({ length: 70 }, (_, k) => ({ i: `n${k}`, t: 'nginx' }));
    nodes[2] = { ...nodes[2]!, l: 'L'.repeat(121) } as (typeof nodes)[number];
    const r = await decodeShareDocument(
      await fragmentOf({ n: nodes, r: nodes.slice(1).map(() => 1) }),
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.value.chain.nodes).toHaveLength(64);
    expect(r.value.chain.nodes[2]?.label).toBe(`${'L'.repeat(119)}…`);
    expect(r.value.repairs).toHaveLength(2);
  });

  it('refuses a decompression bomb without inflating it all', async () => {
    const bomb = new Uint8Array(20_000_000); // 20 MB of zeros deflate to ~20 kB
    const fragment = `v1.${encodeBase64Url(await deflateRaw(bomb))}`;
    expect(fragment.length).toBeLessThan(100_000);
    expect(await errorOf(fragment)).toMatch(/expands beyond/);
  });
});

describe('chain JSON for local saves', () => {
  test.prop([chainArb], { numRuns: 50 })('round-trips through JSON text', (chain) => {
    const text = JSON.stringify(chainToShareJson(chain));
    expect(readShareJson(SHARE_VERSION, JSON.parse(text), 'the save')).toEqual({
      ok: true,
      value: { chain },
    });
  });

  it('names what is wrong with a corrupt save', () => {
    expect(readShareJson(SHARE_VERSION, { n: 'x', r: [] }, 'the save')).toEqual({
      ok: false,
      error: "the save's nodes list is not a list",
    });
    expect(readShareJson(SHARE_VERSION, null, 'the save').ok).toBe(false);
  });
});
