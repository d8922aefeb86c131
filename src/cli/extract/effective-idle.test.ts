import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { TECHS } from '../../core/catalog/registry';
import type { SettingDef, TechDef } from '../../core/catalog/types';
import type { SettingInput, SettingScalar } from '../../core/model/chain';
import { unknownValue } from '../../core/model/value';
import type { ExtractedNode } from '../../core/parsers/types';
import { writtenSetting } from '../../core/parsers/written';
import { createIdleResolver } from './effective-idle';
import { listNodeSettings } from './list-settings';

/** A few values per kind, so that nodes of one sequence share some and differ in others. */
function valueFor(def: SettingDef): fc.Arbitrary<SettingScalar> {
  switch (def.kind) {
    case 'duration':
      return fc.constantFrom<SettingScalar>(0, 1000, 5000, 60_000, 75_000, null);
    case 'count':
      return fc.constantFrom<SettingScalar>(0, 1, 100, null);
    case 'enum':
      return fc.constantFrom<SettingScalar>(...(def.enumValues ?? ['x']));
    case 'bool':
      return fc.boolean();
    case 'text':
      return fc.constantFrom<SettingScalar>('', 'close', 'keep-alive', 'upgrade', 'address');
  }
}

/** Nodes of one technology, each writing some of its settings on some line. */
function nodesOf(tech: TechDef): fc.Arbitrary<ExtractedNode[]> {
  const setting = fc.constantFrom(...tech.settings).chain((def) =>
    fc.tuple(
      fc.constant(def.key),
      fc.oneof(
        { weight: 9, arbitrary: valueFor(def) },
        // A value written but not resolvable: never memoised.
        { weight: 1, arbitrary: fc.constant(unknownValue('$var', 'a variable')) },
      ),
      fc.integer({ min: 1, max: 500 }),
    ),
  );
  const node = fc.array(setting, { maxLength: 6 }).map((written): ExtractedNode => {
    const settings: Record<string, SettingInput> = {};
    for (const [key, value, line] of written)
      settings[key] = writtenSetting(value, 'app.conf', { line, column: 1 }, key);
    return { tech: tech.id, scope: 'app', settings };
  });
  return fc.array(node, { minLength: 1, maxLength: 25 });
}

/** An nginx server that proxies nowhere, written at `line`, with a keepalive_timeout if given. */
const nginxServer = (line: number, timeout?: number): ExtractedNode => ({
  tech: 'nginx',
  scope: `server ${line}`,
  settings: {
    proxy_pass: writtenSetting('none', 'nginx.conf', { line, column: 5 }, 'server'),
    ...(timeout === undefined
      ? {}
      : {
          keepalive_timeout: writtenSetting(
            timeout,
            'nginx.conf',
            { line: line + 1, column: 9 },
            'keepalive_timeout',
          ),
        }),
  },
});

describe('createIdleResolver (the listing resolves each combination of values read once)', () => {
  it('lists every node exactly as resolving it on its own does, for every technology', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...TECHS)
          .chain((tech) => fc.tuple(nodesOf(tech), fc.boolean(), fc.boolean())),
        ([nodes, server, client]) => {
          const shared = createIdleResolver();
          for (const node of nodes) {
            const sides = { server, client };
            expect(listNodeSettings(node, 'app.conf', sides, shared)).toEqual(
              listNodeSettings(node, 'app.conf', sides, createIdleResolver()),
            );
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it('resolves a default from the memo and a written value from the node itself', () => {
    const resolve = createIdleResolver();
    const sides = { server: true, client: true };
    const idle = (node: ExtractedNode) =>
      listNodeSettings(node, 'nginx.conf', sides, resolve).find(
        (s) => s.name === 'keepalive_timeout',
      );
    expect(idle(nginxServer(10))).toMatchObject({ ms: 75_000, origin: 'default' });
    expect(idle(nginxServer(20))).toMatchObject({ ms: 75_000, origin: 'default' });
    expect(idle(nginxServer(30, 5000))).toMatchObject({ ms: 5000, origin: 'explicit', line: 31 });
    // Same values as the node before, another line: the line is this node's own.
    expect(idle(nginxServer(40, 5000))).toMatchObject({ ms: 5000, origin: 'explicit', line: 41 });
  });
});
