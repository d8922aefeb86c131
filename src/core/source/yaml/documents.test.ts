import { describe, expect, it } from 'vitest';
import { parseYamlDocuments } from './documents';
import { getEntry, getMap, readEntries, scalarText } from './entries';
import { readConfigMapData, readContainers, readEnv, readKubeObjects } from './kubernetes';

describe('parseYamlDocuments', () => {
  it('reports a key written twice, and readers keep the last value', () => {
    const text = 'data:\n  a: "1"\n  b: "2"\n  a: "3"\n';
    const parsed = parseYamlDocuments(text);
    expect(parsed.issues.map((i) => [i.kind, i.offset])).toEqual([
      ['duplicate-key', text.lastIndexOf('a:')],
    ]);
    const [doc] = parsed.documents;
    const data = doc && getMap(doc.doc.contents, ['data'], doc.index);
    const entries = doc ? readEntries(data, doc.index) : [];
    expect(entries.map((e) => [e.key, e.value, e.keyStart])).toEqual([
      ['a', '3', text.lastIndexOf('a:')],
      ['b', '2', text.indexOf('b:')],
    ]);
  });

  it('follows aliases within a budget and says when it stops', () => {
    const text = 'x: &t "60"\na: *t\nb: *t\nc: *t\n';
    const parsed = parseYamlDocuments(text, { maxAliasCount: 2 });
    expect(parsed.issues.map((i) => [i.kind, i.offset])).toEqual([
      ['too-many-aliases', text.indexOf('*t', text.indexOf('c:'))],
    ]);
    const [doc] = parsed.documents;
    const root = doc?.doc.contents;
    const read = (k: string) =>
      doc ? scalarText(getEntry(getMap(root, [], doc.index), k, doc.index)?.node) : '';
    expect([read('a'), read('b'), read('c')]).toEqual(['60', '60', undefined]);
  });

  it('refuses text over the size budget with one issue', () => {
    const parsed = parseYamlDocuments('a: 1\n'.repeat(100), { maxLength: 100 });
    expect(parsed.documents).toEqual([]);
    expect(parsed.issues.map((i) => i.kind)).toEqual(['too-large']);
  });
});

describe('readKubeObjects', () => {
  it('reads every document, List items, ConfigMap data, containers and env', () => {
    const text = [
      'apiVersion: v1\nkind: List\nitems:\n  - kind: ConfigMap\n    metadata:\n      name: cm\n    data:\n      keep-alive: "75"\n',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n  namespace: prod\n  annotations:\n    a/b: "c"\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          env:\n            - name: IDLE\n              value: "65"\n            - name: SECRET\n              valueFrom: {secretKeyRef: {name: s, key: k}}\n',
    ].join('---\n');
    const objects = readKubeObjects(parseYamlDocuments(text));
    expect(objects.map((o) => [o.kind, o.name, o.namespace])).toEqual([
      ['ConfigMap', 'cm', undefined],
      ['Deployment', 'app', 'prod'],
    ]);
    const [cm, deployment] = objects;
    expect(cm && readEntries(readConfigMapData(cm), cm.document.index).map((e) => e.key)).toEqual([
      'keep-alive',
    ]);
    expect(deployment?.annotations.get('a/b')?.value).toBe('c');
    const [container] = deployment ? readContainers(deployment) : [];
    const env = container && deployment ? readEnv(container, deployment.document) : [];
    expect(env.map((e) => [e.name, e.value?.value])).toEqual([
      ['IDLE', '65'],
      ['SECRET', undefined],
    ]);
    expect(env[0]?.value?.valueStart).toBe(text.indexOf('"65"'));
  });
});

describe('local tags', () => {
  const text = 'Subnets: !Ref Subnets\nName: !Sub "${AWS::StackName}-lb"\nX: !Custom 1\n';

  it('reads tags the format names without a warning, keeping the tag on the node', () => {
    const parsed = parseYamlDocuments(text, { localTags: new Set(['!Ref', '!Sub']) });
    expect(parsed.issues.map((i) => [i.kind, i.offset])).toEqual([
      ['warning', text.indexOf('!Custom')],
    ]);
    const [doc] = parsed.documents;
    const node = doc && getEntry(getMap(doc.doc.contents, [], doc.index), 'Subnets', doc.index);
    expect((node?.node as { tag?: string } | undefined)?.tag).toBe('!Ref');
    expect(node?.value).toBe('Subnets');
  });

  it('warns about every unknown tag by default', () => {
    expect(parseYamlDocuments(text).issues.map((i) => i.kind)).toEqual([
      'warning',
      'warning',
      'warning',
    ]);
  });
});
