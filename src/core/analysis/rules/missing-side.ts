import { nameOf } from '../hop-context';
import type { Rule } from './rule';

/** A side whose value cannot be known: unknown technology, or a node without that side. */
export const missingSide: Rule = {
  id: 'missing-side',
  check(ctx) {
    const problems: string[] = [];
    if (!ctx.clientNode) problems.push('the client end is a technology the catalog does not know');
    else if (!ctx.client)
      problems.push(
        `${nameOf(ctx.clientNode)} (${ctx.clientNode.tech.id}) has no client side: it does not open pooled connections to the next node`,
      );
    if (!ctx.serverNode) problems.push('the server end is a technology the catalog does not know');
    else if (!ctx.server)
      problems.push(
        `${nameOf(ctx.serverNode)} (${ctx.serverNode.tech.id}) has no server side: it does not accept connections from the previous node`,
      );
    if (problems.length === 0) return null;
    return {
      verdict: 'unknown',
      severity: 'warning',
      message: `This hop cannot be judged: ${problems.join('; ')}.`,
      stop: true,
    };
  },
};
