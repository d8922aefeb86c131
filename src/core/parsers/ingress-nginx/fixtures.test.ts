import { describe, expect, it } from 'vitest';
import { summarizeResult, type ResultSummary } from '../nginx/test-summary';
import { parseIngressNginx } from './index';

const INPUTS = import.meta.glob<string>('./__fixtures__/*/input.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const EXPECTED = import.meta.glob<string>('./__fixtures__/*/expected.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const NAMES = Object.keys(INPUTS).map((p) => p.split('/')[2] ?? '');

describe('ingress-nginx fixtures', () => {
  it('has a corpus of realistic cases', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(NAMES)('%s', (name) => {
    const text = INPUTS[`./__fixtures__/${name}/input.yaml`] ?? '';
    const expected = JSON.parse(
      EXPECTED[`./__fixtures__/${name}/expected.json`] ?? 'null',
    ) as ResultSummary;
    const result = parseIngressNginx({ name: 'input.yaml', text }, { files: [] });
    expect(result.format).toBe('ingress-nginx');
    expect(result.nodes.every((n) => n.tech === 'ingress-nginx')).toBe(true);
    expect(summarizeResult(result)).toEqual(expected);
  });
});
