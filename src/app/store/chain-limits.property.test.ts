import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { decodeShareDocument, encodeShareState } from '../../core/share';
import { memoryStorage } from '../../test-kit/memory-storage';
import { createAppStore, type AppStore } from './create-store';
import type { ImportTarget } from './types';
import { loadSession, startAutosave } from './persistence';

/** Names as long as real ones get: Terraform resources, profiles, file paths (≥ 110 characters). */
const longName = fc
  .array(fc.constantFrom('a', 'b', 'z', '_', '1'), { minLength: 1, maxLength: 260 })
  .map((cs) => `r${cs.join('')}`);
const label = fc.string({ minLength: 0, maxLength: 300 });

const tfFile = (name: string) => ({
  name: `modules/${name}/main.tf`,
  text: `resource "aws_lb" "${name}" {\n  idle_timeout = 61\n}\n`,
});
const springFile = (profile: string) => ({
  name: `application-${profile}.properties`,
  text: 'server.tomcat.keep-alive-timeout=5s\n',
});
const chainFile = (count: number, name: string) => ({
  name: `${name}.chain.yaml`,
  text: `version: 1\nnodes:\n${Array.from({ length: count }, (_, k) => `  - tech: nginx\n    label: ${name}-${k}\n`).join('')}`,
});

type Action = (store: AppStore) => Promise<void> | void;
const settle = () => new Promise((r) => setTimeout(r, 5));
const importFiles =
  (files: { name: string; text: string }[], target?: ImportTarget): Action =>
  async (store) => {
    store.getState().addImportFiles(files);
    for (let k = 0; k < 400 && store.getState().importStatus.status !== 'ready'; k++)
      await settle();
    if (target) store.getState().setImportTarget(target);
    store.getState().applyImport();
    store.getState().resetImport();
  };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.tuple(fc.nat(80), label).map(
    ([i, l]): Action =>
      (s) =>
        s.getState().setNodeLabel(i, l),
  ),
  fc.tuple(fc.constantFrom('nginx', 'aws-alb', 'go-transport'), fc.nat(80)).map(
    ([t, at]): Action =>
      (s) =>
        s.getState().addNode(t, at),
  ),
  fc.nat(80).map(
    (i): Action =>
      (s) =>
        s.getState().removeNode(i),
  ),
  longName.map((n) => importFiles([tfFile(n)])),
  longName.map((n) => importFiles([springFile(n)])),
  fc
    .tuple(fc.integer({ min: 1, max: 110 }), longName)
    .map(([c, n]) => importFiles([chainFile(c, n)])),
  fc.constant<Action>((s) => s.getState().undo()),
);

describe('every chain the store can reach can be saved, loaded and shared', () => {
  it('survives save → load and share encode → decode unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (actions) => {
        const { storage } = memoryStorage();
        const store = createAppStore({ parseDebounceMs: 0 });
        const initial = store.getState().chain;
        startAutosave(store, storage);
        for (const act of actions) await act(store);
        const { chain, sources } = store.getState();
        // Nothing is written until the chain first changes.
        expect(loadSession(storage).chain ?? initial).toEqual(chain);
        const decoded = await decodeShareDocument(await encodeShareState(chain, { sources }));
        expect(decoded).toEqual({
          ok: true,
          value: sources.length > 0 ? { chain, sources: [...sources] } : { chain },
        });
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('a 70-node chain file leaves out the nodes past the cap and says so', async () => {
    const store = createAppStore({ parseDebounceMs: 0 });
    const before = store.getState().chain.nodes.length;
    // Appended to the example (by default a chain file would replace it).
    await importFiles([chainFile(70, 'big')], { mode: 'append' })(store);
    expect(store.getState().chain.nodes).toHaveLength(64);
    // One import, one notice (issue 13): what was left out is part of it.
    const texts = store.getState().notices.map((n) => n.text);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(new RegExp(`^Imported ${64 - before} nodes`));
    expect(texts[0]).toContain(
      `A chain holds at most 64 nodes: ${before + 70 - 64} nodes past the 64th were left out.`,
    );
  });
});
