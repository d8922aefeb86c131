import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../types';
import { parseNginx } from './index';
import { summarizeResult, type ResultSummary } from './test-summary';

/** Every file under __fixtures__/<behaviour>/, as raw text. */
const RAW = import.meta.glob<string>('./__fixtures__/**/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

interface Fixture {
  files: SourceFile[];
  expected: ResultSummary;
}

function loadFixtures(): Map<string, Fixture> {
  const fixtures = new Map<string, Fixture>();
  for (const [path, text] of Object.entries(RAW)) {
    const m = /^\.\/__fixtures__\/([^/]+)\/(.+)$/.exec(path);
    if (!m?.[1] || !m[2]) continue;
    const fx = fixtures.get(m[1]) ?? { files: [], expected: { nodes: [], diagnostics: [] } };
    if (m[2] === 'expected.json') fx.expected = JSON.parse(text) as ResultSummary;
    else fx.files.push({ name: m[2], text });
    fixtures.set(m[1], fx);
  }
  return fixtures;
}

const FIXTURES = loadFixtures();

describe('nginx fixtures', () => {
  it('has a corpus of realistic cases', () => {
    expect(FIXTURES.size).toBeGreaterThanOrEqual(15);
  });

  it.each([...FIXTURES.keys()])('%s', (name) => {
    const fx = FIXTURES.get(name);
    const main = fx?.files.find((f) => f.name === 'input.conf');
    if (!fx || !main) throw new Error(`fixture ${name} has no input.conf`);
    const result = parseNginx(main, { files: fx.files });
    expect(result.format).toBe('nginx');
    expect(summarizeResult(result)).toEqual(fx.expected);
  });
});
