import type { Chain } from '../model/chain';
import { resolveChain } from './evaluate-hops';
import { nameOf } from './hop-context';

/** A node placed where it has no side facing its hop: the chain is built wrong, not judged. */
export interface ConstructionProblem {
  nodeIndex: number;
  message: string;
}

/**
 * Finds nodes with no side facing a hop: a client end that opens no pooled connections (an app
 * server placed first), a server end that accepts none (a client placed last). Nodes the catalog
 * does not know are not construction problems (their hops are judged unknown).
 */
export function findConstructionProblems(chain: Chain): ConstructionProblem[] {
  const out: ConstructionProblem[] = [];
  for (const ctx of resolveChain(chain).contexts) {
    if (ctx.clientNode && !ctx.client)
      out.push({
        nodeIndex: ctx.clientIndex,
        message: `${nameOf(ctx.clientNode)} (${ctx.clientNode.tech.id}, node ${ctx.clientIndex + 1}) is the client end of hop ${ctx.index + 1}, but it opens no pooled connections to the next node`,
      });
    if (ctx.serverNode && !ctx.server)
      out.push({
        nodeIndex: ctx.serverIndex,
        message: `${nameOf(ctx.serverNode)} (${ctx.serverNode.tech.id}, node ${ctx.serverIndex + 1}) is the server end of hop ${ctx.index + 1}, but it accepts no connections from the previous node`,
      });
  }
  return out;
}
