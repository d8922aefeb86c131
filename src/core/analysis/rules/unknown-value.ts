import type { UnknownInput } from '../../catalog/unknown-inputs';
import { describeOrigin } from '../../model/origin';
import { nameOf, type HopContext } from '../hop-context';
import { dur } from './describe';
import type { Rule } from './rule';

const written = (u: UnknownInput): string =>
  `${u.key} is set to \`${u.value.unknown}\` (${describeOrigin(u.origin)}), ${u.value.reason}`;

/** The value each side needs for the hop to be safe, given the other side's known value. */
function safeBound(ctx: HopContext, side: 'server' | 'client'): string {
  const margin = ctx.requiredMarginMs;
  if (side === 'server') {
    const c = ctx.clientIdle?.value;
    if (ctx.client?.unknown || c === undefined) return '';
    if (c === null)
      return ` Whatever it is, ${nameOf(ctx.clientNode)} keeps idle connections without limit, so the hop races unless the client gets an idle limit.`;
    return ` The hop is safe when it keeps idle connections for at least ${dur(c + margin)} (the client's ${dur(c)} plus a ${dur(margin)} margin).`;
  }
  const s = ctx.server?.idle.value;
  if (ctx.server?.unknown || s === undefined) return '';
  if (s === null) return ' The server keeps idle connections without limit, so any value is safe.';
  if (s - margin <= 0) return '';
  return ` The hop is safe when it drops idle connections within ${dur(s - margin)} (the server's ${dur(s)} minus a ${dur(margin)} margin).`;
}

/**
 * A side whose idle time depends on a setting written in the config but not resolvable from the
 * given files (a variable, an option passed in): never read as the default or as no limit.
 */
export const unknownValue: Rule = {
  id: 'unknown-value',
  check(ctx) {
    const parts: string[] = [];
    const server = ctx.server?.unknown;
    const client = ctx.client?.unknown;
    const boxes = ctx.middleboxes.flatMap((m) =>
      m.l4.unknown ? [[m, m.l4.unknown] as const] : [],
    );
    if (server)
      parts.push(
        `${nameOf(ctx.serverNode)}'s idle timeout is unknown: ${written(server)}. Supply its value.${safeBound(ctx, 'server')}`,
      );
    if (client)
      parts.push(
        `${nameOf(ctx.clientNode)}'s idle timeout is unknown: ${written(client)}. Supply its value.${safeBound(ctx, 'client')}`,
      );
    for (const [m, u] of boxes)
      parts.push(`${nameOf(m.node)}'s idle timeout is unknown: ${written(u)}. Supply its value.`);
    if (parts.length === 0) return null;
    return { verdict: 'unknown', severity: 'warning', message: parts.join(' '), stop: true };
  },
};
