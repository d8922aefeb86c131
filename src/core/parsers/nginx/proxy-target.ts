import { unknownValue } from '../../model/value';
import type { SettingScalar } from '../../model/chain';
import type { NginxDirective } from './tree';

/**
 * What a `proxy_pass` URL reaches:
 * - `upstream`: an `upstream {}` block of the config (its keep-alive pool applies);
 * - `address`: an address or host name with no `upstream {}` block. nginx makes an implicit
 *   upstream for it, which never gets a keep-alive cache, in any version (nginx
 *   src/http/modules/ngx_http_upstream_keepalive_module.c, ngx_http_upstream_keepalive_init:
 *   "skip implicit upstreams");
 * - `variable`: the host is a variable that may hold an `upstream {}` block's name at run time.
 */
export type ProxyTarget =
  | { kind: 'upstream'; name: string }
  | { kind: 'address'; host: string; named: boolean }
  | { kind: 'variable'; url: string }
  /** `http://app:8080` with an `upstream app {}` block: nginx -t refuses the file. */
  | { kind: 'upstream-with-port'; name: string; url: string };

const URL_HOST = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i;
/** A port after the host (`app:8080`, `[::1]:8080`, `$backend:8080`). */
const HAS_PORT = /:\d*$/;
const IP_LITERAL = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]*\])$/i;

/** Variables that always start with `/` or `?` (or are empty): the request's path and query. */
const URI_VARIABLE = /^\$\{?(?:request_uri|uri|document_uri|is_args|args|query_string)\b/;

/**
 * The host of `http://backend$request_uri`: `backend`, since the variable holds the path (nginx
 * evaluates the URL, then finds the `upstream {}` block by that host). Other variables stay.
 */
function literalHost(host: string | undefined): string | undefined {
  const at = host?.indexOf('$') ?? -1;
  if (host === undefined || at <= 0) return host;
  return URI_VARIABLE.test(host.slice(at)) ? host.slice(0, at) : host;
}

/**
 * Classifies a `proxy_pass` argument against the config's `upstream {}` names (lower-cased keys).
 * An explicit upstream never has a port: `http://app:8080` with an `upstream app {}` block is
 * refused by nginx ("upstream "app" may not have port 8080", ngx_http_upstream_add); a variable
 * host with a port is an address. `evaluated`: the URL is a variable's value (from `set`), looked
 * up when a request comes: a host with a port matches no `upstream {}` block and is resolved
 * (ngx_http_upstream_init_request), so it is an address.
 */
export function classifyProxyTarget(
  url: string,
  upstreams: ReadonlyMap<string, string>,
  evaluated = false,
): ProxyTarget {
  const host = literalHost(URL_HOST.exec(url)?.[1]);
  if (host === undefined)
    return url.includes('$')
      ? { kind: 'variable', url }
      : { kind: 'address', host: url, named: false };
  if (host.startsWith('unix:')) return { kind: 'address', host, named: false };
  if (HAS_PORT.test(host)) {
    const name =
      host.includes('$') || evaluated
        ? undefined
        : upstreams.get(host.replace(HAS_PORT, '').toLowerCase());
    return name === undefined
      ? { kind: 'address', host, named: false }
      : { kind: 'upstream-with-port', name, url };
  }
  if (host.includes('$'))
    return upstreams.size > 0 ? { kind: 'variable', url } : { kind: 'address', host, named: false };
  const name = upstreams.get(host.toLowerCase());
  if (name !== undefined) return { kind: 'upstream', name };
  return { kind: 'address', host, named: !IP_LITERAL.test(host) };
}

/** The `proxy_pass` catalog value for a target; undefined for an `upstream {}` block (the default). */
export function describeTarget(target: ProxyTarget): SettingScalar | undefined {
  if (target.kind === 'address') return 'address';
  if (target.kind === 'upstream-with-port')
    return unknownValue(
      target.url,
      `nginx refuses this file: upstream "${target.name}" may not have a port in proxy_pass`,
    );
  if (target.kind === 'variable')
    return unknownValue(
      target.url,
      'a variable: nginx uses an upstream {} block (and its keep-alive pool) only when the variable holds its name',
    );
  return undefined;
}

/** Blocks whose `proxy_pass` belongs to the enclosing location. */
export const PASS_HOLDERS: ReadonlySet<string> = new Set(['if', 'limit_except']);

/** Appends the `proxy_pass` directives of a block (and of its nested `if`s) to `passes`. */
export function collectPasses(
  children: readonly NginxDirective[],
  passes: NginxDirective[] | null,
): NginxDirective[] | null {
  let out = passes;
  for (let i = 0; i < children.length; i++) {
    const d = children[i];
    if (d === undefined) continue;
    if (d.children && PASS_HOLDERS.has(d.name) && !d.opaque) out = collectPasses(d.children, out);
    else if (d.name === 'proxy_pass' && !d.children) (out ??= []).push(d);
  }
  return out;
}
