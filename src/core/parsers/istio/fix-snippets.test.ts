import { describe, expect, it } from 'vitest';
import { findTech } from '../../catalog/registry';
import { parseIstio } from './index';

const indent = (text: string, by: number) =>
  text
    .split('\n')
    .map((l) => ' '.repeat(by) + l)
    .join('\n');

describe('Istio fix snippets', () => {
  const istio = findTech('istio-sidecar');
  for (const s of istio?.settings ?? []) {
    if (!s.snippet || !s.key.startsWith('connectionPool.')) continue;
    it(`${s.key}: the DestinationRule snippet reads back as the value it sets`, () => {
      const value = s.kind === 'count' ? 100 : 55_000;
      const text = `apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: r\nspec:\n  host: h\n${indent(s.snippet!(value), 2)}\n`;
      const r = parseIstio({ name: 'dr.yaml', text });
      expect(r.diagnostics).toEqual([]);
      expect(r.nodes[0]?.settings[s.key]?.value).toBe(value);
    });
  }
});
