import { describe, expect, it } from 'vitest';
import { SHARE_VERSION } from './migrate';
import { readShareJson } from './read-share-json';

const errorOf = (json: unknown) => {
  const r = readShareJson(SHARE_VERSION, json, 'the link');
  return r.ok ? 'read' : r.error;
};
const node = (extra: object = {}) => ({ i: 'a', t: 'nginx', ...extra });

describe('link and save errors in words', () => {
  it.each([
    [{ r: [] }, 'the link has no nodes list'],
    [{ n: [node()] }, 'the link has no round-trip times list'],
    [{ n: [{ i: 'a' }], r: [] }, 'node 1 has no technology id'],
    [{ n: 3, r: [] }, "the link's nodes list is not a list"],
    [{ n: [node(), node({ i: 'b', l: 7 })], r: [1] }, "node 2's label is not text"],
    [
      { n: [node()], r: [], tr: { rps: 'x', ni: 0 } },
      "the link's requests per second is not a number",
    ],
    [{ n: [node(), node({ i: 'b' })], r: [-1] }, 'the round-trip time of link 1 is below 0'],
    [
      { n: [node({ s: { keepalive_timeout: { v: 1, f: 'a', l: 0, n: 'k' } } })], r: [] },
      'node 1\'s setting "keepalive_timeout"\'s line is below 1',
    ],
    [{ n: [node({ x: 1 })], r: [] }, 'node 1 has a field this version does not know ("x")'],
    [{ n: [], r: [], src: [{ name: 'a' }] }, 'config file 1 has no text'],
    [null, 'the link is not an object'],
  ])('%j → %s', (json, words) => {
    expect(errorOf(json)).toBe(words);
  });

  it('says which limit a node passes, counting nodes from 1', () => {
    const nodes = Array.from({ length: 3 }, (_, k) => node({ i: `n${k}` }));
    nodes[2] = node({ i: 'n2', s: { ['x'.repeat(101)]: 1 } });
    expect(errorOf({ n: nodes, r: [1, 1] })).toMatch(/^node 3's setting "x{101}" is not valid/);
  });
});
