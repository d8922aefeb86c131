import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chainOf } from '../../core/analysis/test-chain';
import { ARTICLE_PRESET } from '../presets';
import { applyImportTarget, pickedIndexes } from './apply-import';
import { chooseImportTarget } from './import-target';
import { readSources } from './read-sources';

const SEED = new URL('../../core/import/__fixtures__/seed-article/flat/', import.meta.url);
const seed = (...names: string[]) =>
  readSources(names.map((name) => ({ name, text: readFileSync(new URL(name, SEED), 'utf8') })));

/** A chain of the user's own (not an example). */
const own = chainOf(['aws-alb', 'nginx', 'gunicorn']);

const techs = (r: ReturnType<typeof applyImportTarget>) =>
  r.ok ? r.value.nodes.map((n) => n.tech) : r.error;

describe('where found nodes go by default', () => {
  it('the example shown (or an empty chain) is replaced by what was found', () => {
    const p = seed('application.yml', 'ingress-configmap.yaml', 'main.tf');
    expect(chooseImportTarget(ARTICLE_PRESET.chain, p, true)).toEqual({ mode: 'replace' });
    expect(chooseImportTarget({ nodes: [], links: [] }, p, false)).toEqual({ mode: 'replace' });
  });

  it("one nginx config fills the chain's one nginx", () => {
    expect(chooseImportTarget(own, seed('nginx.conf'), false)).toEqual({
      mode: 'fill',
      nodeIndex: 1,
    });
  });

  it('clients only go to the client end; servers to the server end', () => {
    expect(chooseImportTarget(own, seed('http_client.go', 'HttpClientConfig.java'), false)).toEqual(
      { mode: 'prepend' },
    );
    expect(chooseImportTarget(own, seed('server.go'), false)).toEqual({ mode: 'append' });
  });
});

describe('the pick: ticked nodes in the chosen order', () => {
  // File-dialog order application.yml, ingress-configmap.yaml, main.tf; by role ALB → ingress → Spring.
  const p = seed('application.yml', 'ingress-configmap.yaml', 'main.tf');

  it('by role by default, reversed in one step, an unticked node left out', () => {
    expect(p.nodes.map((n) => n.tech)).toEqual(['aws-alb', 'ingress-nginx', 'spring-boot-tomcat']);
    expect(pickedIndexes(p, null)).toEqual([0, 1, 2]);
    expect(pickedIndexes(p, { order: [2, 1, 0], skipped: [1] })).toEqual([2, 0]);
  });

  it('replace, prepend and append put the picked nodes where they say', () => {
    const pick = { order: [0, 2], skipped: [1] };
    expect(techs(applyImportTarget(own, p, { mode: 'replace' }, pick))).toEqual([
      'aws-alb',
      'spring-boot-tomcat',
    ]);
    const before = chainOf(['go-transport']);
    expect(techs(applyImportTarget(before, p, { mode: 'prepend' }, pick))).toEqual([
      'aws-alb',
      'spring-boot-tomcat',
      'go-transport',
    ]);
    const appended = applyImportTarget(before, p, { mode: 'append' }, null);
    expect(techs(appended)).toEqual([
      'go-transport',
      'aws-alb',
      'ingress-nginx',
      'spring-boot-tomcat',
    ]);
    expect(appended.ok && appended.value.links).toHaveLength(3);
    expect(
      applyImportTarget(own, p, { mode: 'append' }, { order: [], skipped: [0, 1, 2] }),
    ).toMatchObject({
      ok: false,
    });
  });
});
