import { describe, expect, it } from 'vitest';
import { findTech } from '../../catalog/registry';
import { parseEnvoy } from './index';

const indent = (text: string, by: number) =>
  text
    .split('\n')
    .map((l) => ' '.repeat(by) + l)
    .join('\n');

/** A bootstrap with the snippet pasted where it belongs: in the HCM or in the cluster. */
function bootstrapWith(key: string, snippet: string): string {
  if (key.startsWith('upstream.'))
    return `static_resources:\n  clusters:\n  - name: c\n    connect_timeout: 1s\n${indent(snippet, 4)}\n`;
  return `static_resources:\n  listeners:\n  - name: l\n    filter_chains:\n    - filters:\n      - name: envoy.filters.network.http_connection_manager\n        typed_config:\n          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager\n${indent(snippet, 10)}\n`;
}

describe('Envoy fix snippets', () => {
  const envoy = findTech('envoy');
  const values: Record<string, number> = { duration: 55_000, count: 100 };
  for (const s of envoy?.settings ?? []) {
    if (!s.snippet || s.key.startsWith('retry_policy.')) continue;
    it(`${s.key}: the snippet reads back as the value it sets`, () => {
      const value = values[s.kind] ?? 0;
      const text = bootstrapWith(s.key, s.snippet!(value));
      const r = parseEnvoy({ name: 'envoy.yaml', text });
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(r.nodes.find((n) => s.key in n.settings)?.settings[s.key]?.value).toBe(value);
    });
  }
});
