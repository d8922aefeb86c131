import { nameOf } from '../hop-context';
import type { Rule } from './rule';

/** What the catalog knows about either side that matters here (version changes, assumptions). */
export const techNotes: Rule = {
  id: 'tech-notes',
  check(ctx) {
    const notes = [
      ...(ctx.client?.notes ?? []).map((n) => `${nameOf(ctx.clientNode)}: ${n}`),
      ...(ctx.server?.notes ?? []).map((n) => `${nameOf(ctx.serverNode)}: ${n}`),
    ];
    if (notes.length === 0) return null;
    return { verdict: 'ok', severity: 'info', message: notes.join(' ') };
  },
};
