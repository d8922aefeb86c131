import { formatDuration, ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';

/** A Caddy duration (`caddy.ParseDuration` reads Go durations); no limit is `0` (Go's zero). */
export const caddyDuration = (v: KnownScalar): string =>
  typeof v === 'number' ? formatDuration(ms(v), 'go') : '0';

const tabs = (n: number) => '\t'.repeat(n);

/** `{ servers { timeouts { <name> <value> } } }`: the global options block, then its JSON. */
export function serversTimeoutSnippet(name: string, jsonKey: string) {
  return (v: KnownScalar): string =>
    [
      '# Caddyfile: global options block, at the top of the file',
      '{',
      `${tabs(1)}servers {`,
      `${tabs(2)}timeouts {`,
      `${tabs(3)}${name} ${caddyDuration(v)}`,
      `${tabs(2)}}`,
      `${tabs(1)}}`,
      '}',
      '',
      '# Caddy JSON: in apps.http.servers.<name>',
      `"${jsonKey}": "${caddyDuration(v)}"`,
    ].join('\n');
}

/**
 * `reverse_proxy … { transport http { <directive> <value> } }`, then the same in a JSON
 * reverse_proxy handler's `transport.keep_alive`.
 */
export function transportSnippet(
  directive: string,
  jsonKey: string,
  text: (v: KnownScalar) => string,
  json: (v: KnownScalar) => string,
) {
  return (v: KnownScalar): string =>
    [
      '# Caddyfile: in the site block',
      'reverse_proxy <upstreams> {',
      `${tabs(1)}transport http {`,
      `${tabs(2)}${directive} ${text(v)}`,
      `${tabs(1)}}`,
      '}',
      '',
      '# Caddy JSON: in the reverse_proxy handler',
      `"transport": { "protocol": "http", "keep_alive": { "${jsonKey}": ${json(v)} } }`,
    ].join('\n');
}
