import { isEnvPlaceholder } from './envsubst';
import type { NginxDirective } from './tree';

/** Addresses already described: servers repeat a few `listen` addresses. */
const described = new Map<string, string>();

/** `describeAddress`, remembered. */
function describeListen(address: string): string {
  let text = described.get(address);
  if (text === undefined) {
    text = describeAddress(address);
    if (described.size >= 1024) described.clear();
    described.set(address, text);
  }
  return text;
}

/** `listen` address as shown in a scope: `:8080`, `127.0.0.1:8080`, `[::]:443`, `unix:/x.sock`. */
function describeAddress(address: string): string {
  // A port from a template's placeholder (`listen ${NGINX_PORT};`) that no given file fills in.
  if (/^\d+$/.test(address) || isEnvPlaceholder(address)) return `:${address}`;
  if (address.startsWith('*:')) return address.slice(1);
  if (address.startsWith('unix:') || /:\d+$/.test(address)) return address;
  return `${address}:80`; // nginx.org listen: the port defaults to 80
}

/**
 * The scope of a `server {}` block from its first `listen` and `server_name`:
 * `server :8080`, `server api.example.com:443`, `server api.example.com 127.0.0.1:8080`.
 * Without `listen` nginx listens on *:80 (nginx.org ngx_http_core_module#listen).
 */
export function nameServerScope(children: readonly NginxDirective[]): string {
  let listen: NginxDirective | undefined;
  let names: NginxDirective | undefined;
  for (let i = 0; i < children.length && (!listen || !names); i++) {
    const d = children[i];
    if (d === undefined || d.children) continue;
    if (d.name === 'listen') listen ??= d;
    else if (d.name === 'server_name') names ??= d;
  }
  let name: string | undefined;
  const args = names?.args ?? [];
  for (let i = 0; i < args.length && name === undefined; i++) {
    const value = args[i];
    if (value !== '' && value !== '_') name = value;
  }
  const where = describeListen(listen?.args[0] ?? '80');
  if (!name) return `server ${where}`;
  return where.startsWith(':') ? `server ${name}${where}` : `server ${name} ${where}`;
}

/** Makes scopes unique in a file: the second `server :80` becomes `server :80 #2`. */
export function createScopeNamer(): (scope: string) => string {
  const counts = new Map<string, number>();
  return (scope) => {
    const n = (counts.get(scope) ?? 0) + 1;
    counts.set(scope, n);
    return n === 1 ? scope : `${scope} #${n}`;
  };
}
