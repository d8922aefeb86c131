import { describe, expect, it } from 'vitest';
import { findTech } from '../../catalog/registry';
import { parseTraefik } from './index';

describe('Traefik fix snippets', () => {
  const traefik = findTech('traefik');
  for (const s of traefik?.settings ?? []) {
    if (!s.snippet) continue;
    it(`${s.key}: both the TOML and the YAML snippet read back as the value they set`, () => {
      const value = s.kind === 'count' ? 100 : 55_000;
      const [toml = '', yaml = ''] = s.snippet!(value).split('\n\n');
      for (const [name, text] of [
        ['traefik.toml', toml],
        ['traefik.yml', yaml],
      ] as const) {
        const r = parseTraefik({ name, text });
        expect(r.diagnostics, name).toEqual([]);
        const node = r.nodes.find((n) => s.key in n.settings);
        expect(node?.settings[s.key]?.value, name).toBe(value);
      }
    });
  }
});
