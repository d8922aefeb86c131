import type { OffsetDiagnostic } from './diagnostics';
import { allowedContexts, childContext, type Context } from './directives';
import type { NginxDirective } from './tree';

/** Contexts whose content this parser does not judge (data pairs, unknown modules, TCP/mail). */
const UNCHECKED: ReadonlySet<Context> = new Set<Context>(['data', 'unknown', 'stream', 'mail']);

/** The top level of a pasted file may be a whole nginx.conf or a fragment of http/server/location. */
const TOP_LEVEL: readonly Context[] = ['main', 'http', 'server', 'location'];

/**
 * Flags known directives written where nginx does not allow them (`keepalive 16;` in a server,
 * `proxy_pass` directly in a server): NGINX_UNKNOWN_CONTEXT warnings, since nginx would refuse
 * to start and the value does not apply. Run on the include-expanded tree.
 */
export function checkContexts(
  directives: readonly NginxDirective[],
  diagnostics: OffsetDiagnostic[],
): void {
  const visit = (list: readonly NginxDirective[], context: Context): void => {
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      if (d === undefined) continue;
      const allowed = allowedContexts(d.name);
      if (allowed && !UNCHECKED.has(context)) {
        const ok =
          context === 'main' ? TOP_LEVEL.some((c) => allowed.has(c)) : allowed.has(context);
        if (!ok)
          diagnostics.push({
            code: 'NGINX_UNKNOWN_CONTEXT',
            severity: 'warning',
            message: `"${d.name}" is not allowed in ${context === 'main' ? 'the top level' : context} context (only in ${[...allowed].join(', ')}); it is ignored`,
            file: d.file,
            start: d.start,
            end: d.start + d.name.length,
          });
      }
      if (d.children && !d.opaque) visit(d.children, childContext(context, d.name));
    }
  };
  visit(directives, 'main');
}
