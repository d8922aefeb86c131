import type { NginxSpanDiagnostic } from './diagnostics';
import { allowedContextBits, allowedContexts, contextBit, type Context } from './directives';

/** Contexts whose content this parser does not judge (data pairs, unknown modules, TCP/mail). */
const UNCHECKED: ReadonlySet<Context> = new Set<Context>(['data', 'unknown', 'stream', 'mail']);

/** The top level of a pasted file may be a whole nginx.conf or a fragment of http/server/location. */
const TOP_LEVEL = (['main', 'http', 'server', 'location'] as const).reduce(
  (bits, c) => bits | contextBit(c),
  0,
);

/**
 * Flags a known directive written where nginx does not allow it (`keepalive 16;` in a server,
 * `proxy_pass` directly in a server): an NGINX_UNKNOWN_CONTEXT warning, since nginx would refuse
 * to start and the value does not apply.
 */
export function checkContext(
  name: string,
  start: number,
  file: string,
  context: Context,
  diagnostics: NginxSpanDiagnostic[],
): void {
  const allowed = allowedContextBits(name);
  if (allowed === undefined || UNCHECKED.has(context)) return;
  if ((allowed & (context === 'main' ? TOP_LEVEL : contextBit(context))) !== 0) return;
  diagnostics.push({
    code: 'NGINX_UNKNOWN_CONTEXT',
    severity: 'warning',
    message: `"${name}" is not allowed in ${context === 'main' ? 'the top level' : context} context (only in ${[...(allowedContexts(name) ?? [])].join(', ')}); it is ignored`,
    file,
    start,
    end: start + name.length,
  });
}
