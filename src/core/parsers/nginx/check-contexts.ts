import type { NginxSpanDiagnostic } from './diagnostics';
import { allowedContexts, type Context } from './directives';

/** Contexts whose content this parser does not judge (data pairs, unknown modules, TCP/mail). */
const UNCHECKED: ReadonlySet<Context> = new Set<Context>(['data', 'unknown', 'stream', 'mail']);

/** The top level of a pasted file may be a whole nginx.conf or a fragment of http/server/location. */
const TOP_LEVEL: readonly Context[] = ['main', 'http', 'server', 'location'];

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
  const allowed = allowedContexts(name);
  if (!allowed || UNCHECKED.has(context)) return;
  const ok = context === 'main' ? TOP_LEVEL.some((c) => allowed.has(c)) : allowed.has(context);
  if (!ok)
    diagnostics.push({
      code: 'NGINX_UNKNOWN_CONTEXT',
      severity: 'warning',
      message: `"${name}" is not allowed in ${context === 'main' ? 'the top level' : context} context (only in ${[...allowed].join(', ')}); it is ignored`,
      file,
      start,
      end: start + name.length,
    });
}
