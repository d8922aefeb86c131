import { describe, expect, it } from 'vitest';
import { findTech } from '../../catalog/registry';
import { parseCaddy } from './index';

const SITE = 'example.com {\n\treverse_proxy app:8080\n}';

/** The snippet's Caddyfile part where it goes: global options before a site, or in a site. */
const caddyfileWith = (key: string, part: string) =>
  key.startsWith('servers.') ? `${part}\n\n${SITE}\n` : `example.com {\n${part}\n}\n`;

/** The snippet's JSON part where it goes: in a server, or in a reverse_proxy handler. */
const jsonWith = (key: string, part: string) =>
  key.startsWith('servers.')
    ? `{"apps":{"http":{"servers":{"srv0":{"listen":[":443"],${part}}}}}}`
    : `{"apps":{"http":{"servers":{"srv0":{"listen":[":443"],"routes":[{"handle":[{"handler":"reverse_proxy",${part},"upstreams":[{"dial":"app:8080"}]}]}]}}}}}`;

const withoutComments = (text: string) =>
  text
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');

describe('Caddy fix snippets', () => {
  const caddy = findTech('caddy');
  const values = { duration: 55_000, count: 100, bool: false } as Record<string, number | boolean>;
  for (const s of caddy?.settings ?? []) {
    if (!s.snippet) continue;
    it(`${s.key}: the Caddyfile and the JSON snippet read back as the value they set`, () => {
      const value = values[s.kind] ?? 0;
      const [caddyfile = '', json = ''] = s.snippet!(value).split('\n\n');
      for (const [name, text] of [
        ['Caddyfile', caddyfileWith(s.key, caddyfile)],
        ['caddy.json', jsonWith(s.key, withoutComments(json))],
      ] as const) {
        const file = { name, text };
        const r = parseCaddy(file, { files: [file] });
        expect(r.diagnostics, name).toEqual([]);
        expect(r.nodes.find((n) => s.key in n.settings)?.settings[s.key]?.value, name).toBe(value);
      }
    });
  }
});
